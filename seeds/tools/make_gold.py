#!/usr/bin/env python3
"""Builds seeds/<name>.gold.json from the hand-written annotation specs below.

Run from the repository root:  python3 seeds/tools/make_gold.py
It checks every span against the text and writes UTF-16 offsets (end exclusive), so the gold files are never edited by
hand. Span notation in the specs: a plain string must occur exactly once in the article; a string with one part marked
as «part» must occur exactly once without the markers, and the span is the marked part.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = os.path.dirname(HERE)

PERSON, ORG, LOC, MISC = "PERSON", "ORG", "LOC", "MISC"


def u16(text, i):
    """Code-point offset -> UTF-16 code-unit offset."""
    return len(text[:i].encode("utf-16-le")) // 2


def find_unique(text, ctx):
    if "«" in ctx:
        plain = ctx.replace("«", "").replace("»", "")
        before = ctx.index("«")
        length = ctx.index("»") - before - 1
    else:
        plain, before, length = ctx, 0, len(ctx)
    hits = [m.start() for m in re.finditer(re.escape(plain), text)]
    if len(hits) != 1:
        sys.exit(f"span context {ctx!r} occurs {len(hits)} times (must be exactly once)")
    start = hits[0] + before
    return start, start + length


def entity_spans(text, surfaces):
    """All whole-word occurrences of each surface form; longer forms win over the shorter ones inside them."""
    found = []
    for surface, kind in surfaces:
        for m in re.finditer(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", text):
            found.append((m.start(), m.end(), kind))
    found.sort(key=lambda f: (-(f[1] - f[0]), f[0]))
    taken, out = [], []
    for s, e, k in found:
        if any(s < te and ts < e for ts, te in taken):
            continue
        taken.append((s, e))
        out.append((s, e, k))
    out.sort()
    return out


def build(name, entities, quotes):
    path = os.path.join(SEEDS, name + ".txt")
    raw = open(path, "rb").read()
    assert not raw.startswith(b"\xef\xbb\xbf"), "no BOM"
    assert b"\r" not in raw, "LF line ends only"
    text = raw.decode("utf-8")
    ents = []
    for s, e, k in entity_spans(text, entities):
        ents.append({"start": u16(text, s), "end": u16(text, e), "type": k, "text": text[s:e]})
    qs = []
    for q in quotes:
        content = [find_unique(text, c) for c in q["content"]]
        cue = find_unique(text, q["cue"]) if q.get("cue") else None
        source = find_unique(text, q["source"]) if q.get("source") else None
        qs.append({
            "content": [[u16(text, s), u16(text, e)] for s, e in content],
            "cue": [u16(text, cue[0]), u16(text, cue[1])] if cue else None,
            "source": [u16(text, source[0]), u16(text, source[1])] if source else None,
            "speaker": q["speaker"],
            "type": q["type"],
        })
    qs.sort(key=lambda q: q["content"][0][0])
    out = os.path.join(SEEDS, name + ".gold.json")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps({"entities": ents, "quotes": qs}, ensure_ascii=False, indent=1) + "\n")
    print(f"{name}: {len(text.split())} words, {len(ents)} entities, {len(qs)} quotes")


def Q(content, cue, source, speaker, kind):
    return {"content": content if isinstance(content, list) else [content], "cue": cue, "source": source,
            "speaker": speaker, "type": kind}


# ---------------------------------------------------------------- rotterdam-port-strike (curly quotes)
MVDB, RTEA, PORA, BRINK, SMULDERS = ("Marieke van der Berg", "Rotterdam Terminal Employers’ Association",
                                     "Port of Rotterdam Authority", "Lotte Brink", "Pieter Smulders")
build("rotterdam-port-strike", [
    ("Rotterdam", LOC), ("ROTTERDAM", LOC), ("Netherlands", LOC), ("Port of Rotterdam", LOC), ("Europe", LOC),
    ("FNV Havens", ORG), ("North Sea", LOC), ("Germany", LOC), ("Belgium", LOC), (MVDB, PERSON),
    ("Van der Berg", PERSON), ("Maasvlakte", LOC), (RTEA, ORG), ("Joost Hendriks", PERSON), (PORA, ORG),
    ("Antwerp", LOC), ("Hamburg", LOC), ("European", MISC), (BRINK, PERSON), ("Brink", PERSON),
    ("Erasmus University Rotterdam", ORG), ("Dutch", MISC), (SMULDERS, PERSON), ("Smulders", PERSON), ("NOS", ORG),
    ("Duisburg", LOC), ("Rhine", LOC), ("Maersk", ORG), ("Hapag-Lloyd", ORG), ("The Hague", LOC),
], [
    Q(["“We did not want this, but the employers left us no choice,”",
       "“Every offer they made came with another robot and fewer people.”"],
      "«said» Marieke", MVDB, MVDB, "direct"),
    Q("that workers would stay out for at least 48 hours and that pickets would be set up at the Maasvlakte terminals",
      "Van der Berg «told» reporters", "«Van der Berg» told reporters", MVDB, "indirect"),
    Q("“Nobody here is against progress. We are against being thrown away,”", "away,” she «said»", "away,” «she» said",
      MVDB, "direct"),
    Q("“Some of these men have worked the cranes for thirty years. They know this port better than any software ever will.”",
      None, None, MVDB, "direct"),
    Q("that it regretted the walkout and that its latest offer included a job guarantee until 2030",
      "Association «said» in a statement", "The " + RTEA, RTEA, "indirect"),
    Q("Container volumes at the port fell 4 percent last year", "association «added»", "«the association» added",
      RTEA, "indirect"),
    Q("the strike would cost the port “tens of millions of euros a day” and would do lasting harm to its reputation with shipping lines",
      "Hendriks, «said»", "Joost Hendriks", "Joost Hendriks", "mixed"),
    Q("23 container ships were waiting at anchor by Monday afternoon", "According to", "the " + PORA, PORA, "indirect"),
    Q("vessels would be redirected to Antwerp and Hamburg where possible, although both ports were already operating close to capacity",
      "authority «said» vessels", "«The authority» said vessels", PORA, "indirect"),
    Q("the dispute reflected a wider fight over automation in European ports, where remote-controlled cranes and driverless vehicles have spread quickly over the past decade",
      "Analysts «said»", "Analysts", "analysts", "indirect"),
    Q("“The technology is already there. The question is who shares the savings,”", "«said» Lotte", BRINK, BRINK, "direct"),
    Q("a long strike could push shipping lines to move business to rival ports permanently",
      "Brink «said» a long", "«Brink» said a long", BRINK, "indirect"),
    Q("that Antwerp had “every reason to smile this week.”", "adding", "«Brink» said a long", BRINK, "mixed"),
    Q("“A port that stands still is a country that stands still,”", "minister «told»", "«the minister» told",
      SMULDERS, "direct"),
    Q("the government would not intervene directly in the dispute but had offered both sides an independent mediator",
      "Smulders «said»", "«Smulders» said", SMULDERS, "indirect"),
    Q("they were already moving cargo from barges to trains", "firms «said»", "logistics firms", "logistics firms",
      "indirect"),
    Q("rail capacity was “close to full” even before the strike began", "media, «said»", "A manager at one firm",
      "a manager at one firm", "mixed"),
    Q("the company was monitoring the situation and would inform customers of any changes to its schedules",
      "Hapag-Lloyd «said»", "a spokeswoman for Hapag-Lloyd", "Hapag-Lloyd", "indirect"),
    Q("it would decide on Wednesday whether to extend the strike", "union «said» it would",
      "«The union» said it would", "FNV Havens", "indirect"),
    Q(["“We will be there,”", "“Whether the employers bring something new is up to them.”"],
      "there,” Van der Berg «said»", "there,” «Van der Berg» said", MVDB, "direct"),
])

# ---------------------------------------------------------------- columbus-light-rail (straight quotes)
AW, RO, DR, SMH, GB, MD = ("Andrea Whitfield", "Raymond Okafor", "Daniel Reyes", "Susan Meyer-Hall", "Gloria Banks",
                           "Mark Delgado")
COTA, MOODYS = "Central Ohio Transit Authority", "Moody's Investors Service"
build("columbus-light-rail", [
    ("Columbus", LOC), ("COLUMBUS", LOC), ("Ohio", LOC), ("Columbus City Council", ORG),
    ("John Glenn International Airport", LOC), (COTA, ORG), ("Federal Transit Administration", ORG), (AW, PERSON),
    ("Whitfield", PERSON), (RO, PERSON), ("Okafor", PERSON), (DR, PERSON), ("Reyes", PERSON), ("Minneapolis", LOC),
    ("Salt Lake City", LOC), ("Greater Columbus Chamber of Commerce", ORG), (SMH, PERSON), ("Denver", LOC),
    ("Phoenix", LOC), ("Charlotte", LOC), ("Linden", LOC), ("Cleveland Avenue", LOC), (GB, PERSON), (MOODYS, ORG),
    (MD, PERSON), ("Delgado", PERSON), ("Republican", MISC), ("Delaware County", LOC), ("Senate", ORG),
], [
    Q(['"This is the most important transportation decision this city has made in fifty years,"',
       '"We are done studying. Now we build."'],
      "Whitfield «said» after", "Mayor Andrea Whitfield", AW, "direct"),
    Q("construction could begin as early as 2027", "campaign, «said»", "«Whitfield», who made", AW, "indirect"),
    Q('the city was "betting the budget on optimistic ridership numbers."', "plan, «said»",
      "Council member Raymond Okafor", RO, "mixed"),
    Q('"I want transit as much as anyone. But I was elected to read the fine print,"', 'print," he «said»',
      'print," «he» said', RO, "direct"),
    Q('"The projections assume people will change how they live overnight. That has never happened anywhere."',
      None, None, RO, "direct"),
    Q("that he would push for an independent audit of the authority's forecasts before any construction contract is signed",
      "Okafor «added»", "«Okafor» added", RO, "indirect"),
    Q("the forecasts had been reviewed twice by outside consultants and were in line with those for similar lines in Minneapolis and Salt Lake City",
      "Reyes, «said»", DR, DR, "indirect"),
    Q('"We stand by the numbers,"', "spokesman «said»", "«the spokesman» said", DR, "direct"),
    Q(['"Companies choosing where to build are asking one question before any other: can our workers get here? For too long the answer in Columbus has been \'only by car.\'',
       '"A rail line will not fix that overnight. But without one, we will keep losing projects to Denver, Phoenix and Charlotte, cities that made this choice a decade ago."'],
      "wrote", SMH, SMH, "direct"),
    Q("that they feared construction would close small businesses for years", "told",
      "Residents of the Linden neighborhood", "residents of the Linden neighborhood", "indirect"),
    Q(['"We\'ve heard promises before,"', '"Ask anyone on this street about the last time the city dug up the road."'],
      "«said» Gloria", GB, GB, "direct"),
    Q("about 40 percent of the project's cost would be covered by federal money if the grant is approved, with the rest split between a county sales tax and state funds",
      "According to", "According to «the transit authority»", COTA, "indirect"),
    Q("that the county's finances could absorb the borrowing", "Service «said»", "Analysts at " + MOODYS, MOODYS,
      "indirect"),
    Q("that cost overruns on similar projects in other cities had averaged about 30 percent", "warned",
      "Analysts at " + MOODYS, MOODYS, "indirect"),
    Q('he would oppose any use of state money "until Columbus shows it can finish a project on time."',
      "County, «said»", "State Senator Mark Delgado", MD, "mixed"),
    Q("that the legislature would not take up the request before next spring", "committee, «said»",
      "«Delgado», who sits", MD, "indirect"),
    Q("The authority expects to submit its application to the Federal Transit Administration in September",
      "Reyes «said»", "«Reyes» said", DR, "indirect"),
    Q('"If the grant comes through, shovels go in the ground in 2027. If it doesn\'t, we\'ll be back here having a very different conversation,"',
      'conversation," Whitfield «said»', 'conversation," «Whitfield» said', AW, "direct"),
])

# ---------------------------------------------------------------- sindh-floods (curly quotes, a wrong-way opening mark)
NQ, FM, HS, IS = "Nadia Qureshi", "Farhan Memon", "Henrik Solberg", "Imran Shaikh"
NDMA = "National Disaster Management Authority"
build("sindh-floods", [
    ("Sindh", LOC), ("KARACHI", LOC), ("Pakistan", LOC), (NDMA, ORG), (NQ, PERSON), ("Qureshi", PERSON),
    ("Sukkur", LOC), ("Reuters", ORG), ("United Nations", ORG), ("Glasgow", LOC), ("Sharm el-Sheikh", LOC),
    (FM, PERSON), ("Memon", PERSON), ("Hyderabad", LOC), ("Indus Relief Network", ORG), (HS, PERSON),
    ("World Food Programme", ORG), (IS, PERSON), ("Shaikh", PERSON), ("Dadu", LOC), ("Jacobabad", LOC),
    ("State Bank of Pakistan", ORG), ("Geneva", LOC), ("European Union", ORG), ("Pakistani", MISC),
], [
    Q("that disease and food shortages could kill more people in the coming months than the floods themselves",
      "officials «warned» on Thursday", "«aid officials» warned on Thursday", "aid officials", "indirect"),
    Q("More than 1.2 million people remain in relief camps", "camps, «according to»", "Pakistan’s " + NDMA, NDMA,
      "indirect"),
    Q("that at least 340 people had died since heavy monsoon rains began in late July", "which «said»",
      "«which» said", NDMA, "indirect"),
    Q("“The water is going down, but the suffering is not,”", "not,” she «said»", "not,” «she» said", NQ, "direct"),
    Q("that the government had released 25 billion rupees in emergency cash transfers and that a further package would be announced once crop losses had been assessed",
      "minister «said» that", "The minister", NQ, "indirect"),
    Q("richer countries had failed to deliver the climate funding they promised at United Nations summits",
      "Qureshi «said» richer", "«Qureshi» said richer", NQ, "indirect"),
    Q(["“We were told in Glasgow and again in Sharm el-Sheikh that help would come. Pakistan produces less than one percent of the world’s emissions, and we are paying for the rest of the world’s choices with our homes and our harvests.",
       "“I am not asking for charity. I am asking for what was promised.”"],
      None, None, NQ, "direct"),
    Q("cases of malaria and diarrhoea had tripled in two weeks", "Network, «said»", "Dr. Farhan Memon", FM,
      "indirect"),
    Q(["“We are seeing children who survived the water and are now dying of things we can treat for a few dollars,”",
       "“There are not enough tents, not enough clean water and not enough doctors.”"],
      "Memon «said»", "«Memon» said", FM, "direct"),
    Q("that the water delivered by tanker was “barely enough to drink” and that some families had received no food for three days",
      "residents «told» reporters", "Camp residents", "camp residents", "mixed"),
    Q("the agency had enough stocks to feed about half of those in need through October", "director, «said»", HS, HS,
      "indirect"),
    Q("“We are borrowing from next month to pay for this month,”", "month,” he «said»", "month,” «he» said", HS,
      "direct"),
    Q("” If funding does not arrive in the next three weeks, we will have to cut rations, and families who have already lost everything will go hungry.”",
      None, None, HS, "direct"),
    Q("“Every district is receiving help according to need, not according to politics,”", "spokesman «said»",
      "«the spokesman» said", IS, "direct"),
    Q("Roads into the worst-hit areas around Dadu and Jacobabad had reopened on Tuesday", "Shaikh «added»",
      "«Shaikh» added", IS, "indirect"),
    Q("that losses to the cotton and rice crops would push up food prices across the country", "Economists «warned»",
      "Economists", "economists", "indirect"),
    Q("that inflation could climb above 30 percent by the end of the year", "Pakistan «said» in its",
      "The State Bank of Pakistan", "State Bank of Pakistan", "indirect"),
    Q("the bloc was preparing an additional aid package", "officials «said» the bloc", "European Union officials",
      "European Union", "indirect"),
    Q(["“We will rebuild,”", "“But we cannot keep rebuilding the same village every three years.”"],
      "rebuild,” Qureshi «said»", "rebuild,” «Qureshi» said", NQ, "direct"),
])

# ---------------------------------------------------------------- norway-salmon-tax (straight quotes; the speaker patterns
# real articles get wrong: a quote after `She told a radio show:` before the next sentence's speaker, a nested report
# `According to <paper>, X told …`, an appositive role `A Nordea analyst, <Name>, said`, a continuation paragraph after the
# speaker changed, a document's claim naming a person, a pronoun whose antecedent is a paragraph back, and actions that
# are not speech: `declined to comment`, `would not say`, `has called a meeting`)
ED, IS2, AM, KL, HN, OB, JV, AH = ("Erik Dahl", "Ingrid Solheim", "Anders Moe", "Kristian Lie", "Hilde Nordvik", "Ola Brekke",
                                   "Jon Vik", "Astrid Holm")
NIMR = "Norwegian Institute of Marine Research"
build("norway-salmon-tax", [
    ("Norway", LOC), ("OSLO", LOC), ("Oslo", LOC), (ED, PERSON), ("Dahl", PERSON), ("Centre Party", ORG), (IS2, PERSON),
    ("Solheim", PERSON), ("Scotland", LOC), ("Chile", LOC), (AM, PERSON), ("Aftenbladet", ORG), ("Seafood Norway", ORG),
    ("Nordea", ORG), (KL, PERSON), ("Lie", PERSON), (HN, PERSON), ("Tromso", LOC), (OB, PERSON), ("Cyprus", LOC),
    (NIMR, ORG), ("Norwegian", MISC), ("Mette Aas", PERSON), ("Mowi", ORG), ("Bergen", LOC), ("Conservatives", ORG), (JV, PERSON), (AH, PERSON),
], [
    Q(['"These companies farm a public resource, the sea, and the public deserves a share of what it earns,"',
       '"Nobody is being driven out of business."'],
      "he «told» reporters outside", 'earns," «he» told', ED, "direct"),
    Q('the government of "punishing the coast to pay for Oslo"', "Solheim «accused»", "Centre Party leader Ingrid Solheim", IS2,
      "mixed"),
    Q('"If this passes, the jobs will go to Scotland and Chile, and they will not come back."', "She «told» a morning",
      "«She» told a morning", IS2, "direct"),
    Q("the party had backed a smaller tax when the plan was first drafted", "Moe, «said»", "Her deputy, Anders Moe", AM,
      "indirect"),
    Q('that she would "rather leave the coalition than vote for this law"', "Solheim «told» a closed",
      "Aftenbladet, «Solheim» told", IS2, "mixed"),
    Q("that the tax would cut investment in new farms by half", "Norway «said» in a statement",
      "The industry group Seafood Norway", "Seafood Norway", "indirect"),
    Q("investors had already priced in a lower rate", "Lie, «said» investors", "A Nordea analyst, Kristian Lie", KL,
      "indirect"),
    Q('"The market expected 25 percent. Forty is a shock,"', 'shock," Lie «said»', 'shock," «Lie» said', KL, "direct"),
    Q(['"We were never asked,"', '"They drew this up in an office in Oslo and sent it to us as a finished product."'],
      'asked," «said» Hilde', HN, HN, "direct"),
    Q(['"The big companies made record profits last year and paid almost nothing,"', '"It is about time."'],
      'nothing," he «said»', 'nothing," «he» said', OB, "direct"),
    Q('"Some of them moved their money to Cyprus years ago, and everybody up here knows it."', None, None, OB, "direct"),
    Q("the industry has grown faster than the fjords can recover", "month, «says»",
      "A report by the " + NIMR, "report", "indirect"),
    Q("that disease and escaped fish could cost the sector more than any tax", "It «warns»", "«It» warns", "report",
      "indirect"),
    Q("he had read it with interest", "conference, «said» he", "«Dahl», asked", ED, "indirect"),
    Q('"It does not change the arithmetic,"', 'arithmetic," he «said»', 'arithmetic," «he» said', ED, "direct"),
    Q("they would vote against the bill", "Conservatives «said» they", "The opposition Conservatives", "Conservatives",
      "indirect"),
    Q('the government "has lost the argument in every coastal town"', "Vik, «said»", "Their finance spokesman, Jon Vik",
      JV, "mixed"),
    Q('the tax "a tax on ambition"', "and «called» the tax", "Their finance spokesman, Jon Vik", JV, "mixed"),
    Q('"I will not threaten anyone. I intend to persuade them."', "she «said»: \"I will", "«she» said: \"I will", AH,
      "direct"),
    Q("her party would decide its position on Wednesday evening", "Solheim «said» her", "«Solheim» said her", IS2,
      "indirect"),
    Q(['"We have not made up our minds,"', '"But the mood in the group is clear, and the government knows it."'],
      'minds," she «said»', 'minds," «she» said', IS2, "direct"),
])

# ---------------------------------------------------------------- geneva-water-talks (straight quotes; a wire story as a
# scraper gets it: a caption with a photo credit, a byline, a dateline and a credits line, none of them speech; a quote
# inside a nested report `Solano said <Name> had told him: "…"`, an anonymous source, an interview with a broadcaster who
# is not the speaker, a document, `Asked whether …, X said:`, actions that are not speech: `called the media to a small
# room`, `opted not to send a delegation`, `read a short statement`, `did not respond to a request for comment`)
DK, NA, RY, JS, ML, AS = ("Dilnoza Karimova", "Nurlan Abenov", "Rustam Yusupov", "Javier Solano", "Maria Lindqvist",
                          "Aigul Serikova")
DIPLOMAT = "senior western diplomat"
build("geneva-water-talks", [
    ("Kazakhstan", LOC), ("Uzbekistan", LOC), ("Syr Darya", LOC), ("GENEVA", LOC), ("Geneva", LOC), ("Switzerland", LOC),
    ("Palais des Nations", LOC), ("REUTERS", ORG), ("Reuters", ORG), ("Anna Berg", PERSON), ("Tom Weller", PERSON),
    (DK, PERSON), ("Karimova", PERSON), ("Kazakh", MISC), (NA, PERSON), ("Abenov", PERSON), ("Tajikistan", LOC),
    ("Western", MISC), (RY, PERSON), ("Khujand", LOC), ("BBC", ORG), ("Malika", PERSON), ("United Nations", ORG),
    ("UN Environment Programme", ORG), (JS, PERSON), ("Solano", PERSON), (ML, PERSON), ("Central Asia Water Forum", ORG),
    (AS, PERSON), ("Almaty University", ORG), ("Serikova", PERSON), ("Uzbek", MISC), ("Tashkent", LOC), ("Sara Lind", PERSON),
], [
    Q('"We came here to sign a schedule for the summer releases. We are leaving with nothing on paper,"',
      "Karimova, «told» reporters", "Uzbekistan's deputy water minister, Dilnoza Karimova", DK, "direct"),
    Q('her delegation would return only "when there is something new on the table"', "She «said» her", "«She» said her", DK,
      "mixed"),
    Q(['"Kazakhstan has met every obligation under the 1998 agreement,"',
       '"The reservoir is being filled within the limits we announced in January."'],
      'agreement," he «said»', 'agreement," «he» said', NA, "direct"),
    Q('"That is a technical matter for the engineers."', "Abenov «said»: \"That", "«Abenov» said: \"That", NA, "direct"),
    Q('that it "supports any solution agreed by the parties"', "ministry «said» in a statement", "Its foreign ministry",
      "foreign ministry", "mixed"),
    Q('the two sides had been "very close" on Sunday night', "media, «said»", "A senior Western diplomat", DIPLOMAT, "mixed"),
    Q('"Then a phone call came from the capital, and the mood changed completely,"', "diplomat «said»",
      'completely," «the diplomat»', DIPLOMAT, "direct"),
    Q("his fields had received half the water they got last year", "Khujand, «said»", "Rustam Yusupov", RY, "indirect"),
    Q("that the harvest could fall by a third", "agronomist, «warned»", "his daughter «Malika»", "Malika", "indirect"),
    Q('"We do not care who signs what in Geneva. We care whether the canal is full,"', 'full," she «said»',
      'full," «she» said', "Malika", "direct"),
    Q("the agency stood ready to help but that the decision belonged to the governments", "Solano, «said» the agency",
      "A spokesman for the UN Environment Programme, Javier Solano", JS, "indirect"),
    Q('"No country should be left to choose between its electricity and its bread."', "had «told» him",
      "Secretary-General Maria Lindqvist", ML, "direct"),
    Q("the dispute is about more than one summer", "Experts «say»", "«Experts» say", "experts", "indirect"),
    Q("demand for water in the basin will exceed supply by 2035 unless irrigation becomes more efficient", "According to",
      "a study by the Central Asia Water Forum", "study", "indirect"),
    Q("governments had ignored its warnings", "University, «said»",
      "The study's author, Professor Aigul Serikova of Almaty University", AS, "indirect"),
    Q('"Every year they treat a permanent shortage as a bad season,"', 'season," Serikova «said»',
      'season," «Serikova» said', AS, "direct"),
    Q(['"Our neighbours are not our enemies,"', '"We share this river, and we will share it for a thousand years."'],
      'enemies," she «said»', 'enemies," «she» said', DK, "direct"),
])

# ---------------------------------------------------------------- kansas-phone-veto (straight quotes; a US web story as
# a scraper gets it: "Story highlights" bullets, a byline with the outlet, an "Updated …" line, a "Watch:" video line with
# its running time, a "Photos:" gallery line and its "Hide Caption 1 of 6", an outlet's dateline "(CNN) -", a
# "contributed to this report" line, none of them speech; a mixed quote after `called X "…"` by a role with an
# appositive name and a title (`The bill's sponsor, state Sen. Mark Delaney,`); `X disagreed. "…," he said.` after a
# woman quoted; a union leader's statement; two quotes of one speaker after a mixed one; a spokeswoman named after her
# role; a group posting on a social network; a document (`A poll … found`); a statement that "read" (its author speaks);
# an anonymous source; actions that are not speech: `pushed back`, `was unmoved`, `cheered the veto`, `has vetoed`)
EM, MD, LB, OH, DP, DW, TA, MT = ("Ellen Marsh", "Mark Delaney", "Laura Benning", "Omar Haddad", "Denise Pruitt",
                                  "Dale Whitcomb", "Tina Alvarez", "Maya Torres")
DFC = "Digital Families Coalition"
build("kansas-phone-veto", [
    (EM, PERSON), ("Marsh", PERSON), ("Rachel Kim", PERSON), ("CNN", ORG), ("TOPEKA", LOC), ("Kansas", LOC), ("Topeka", LOC),
    ("Dodge City", LOC), (MD, PERSON), ("Delaney", PERSON), ("The Wichita Eagle", ORG), ("Senate", ORG), ("Wichita", LOC),
    (LB, PERSON), (OH, PERSON), ("Kansas National Education Association", ORG), (DP, PERSON), ("Republican", MISC),
    ("House", ORG), (DW, PERSON), ("Whitcomb", PERSON), (TA, PERSON), ("Alvarez", PERSON), ("X", ORG), (DFC, ORG),
    ("Emporia State University", ORG), (MT, PERSON), ("Lawrence High School", ORG), ("Republicans", MISC), ("Pat Lowe", PERSON),
], [
    Q("the choice should be left to local school boards", "day, «saying»", "Kansas Gov. Ellen Marsh", EM, "indirect"),
    Q(['"Parents and teachers in Dodge City know their classrooms better than anyone in this building,"',
       '"A one-size-fits-all rule from Topeka is not the answer."'],
      'building," Marsh «said»', 'building," «Marsh» said', EM, "direct"),
    Q('the veto "a gift to the tech companies"', "Delaney, «called»", "The bill's sponsor, state Sen. Mark Delaney", MD, "mixed"),
    Q("he would ask colleagues to override it next week", "and «said» he would", "The bill's sponsor, state Sen. Mark Delaney",
      MD, "indirect"),
    Q("that he had the 27 votes he needed in the Senate", "He «told» The", "«He» told The", MD, "indirect"),
    Q('phones had "turned every lesson into a fight for attention."', "Wichita, «said»", LB, LB, "mixed"),
    Q('"Kids need to be able to reach their families in an emergency, and no policy written in Topeka changes that,"',
      'that," he «said»', 'that," «he» said', OH, "direct"),
    Q('that the union "respects the governor\'s decision" but would keep pushing for clear limits in every district',
      "Pruitt «said» in a statement", "Kansas National Education Association president Denise Pruitt", DP, "mixed"),
    Q('the governor had "ignored the evidence."', "91-32, «said»", "Republican House Speaker Dale Whitcomb", DW, "mixed"),
    Q(['"We have study after study showing that test scores go up when phones go away,"', '"She knows that."'],
      'away," Whitcomb «said»', 'away," «Whitcomb» said', DW, "direct"),
    Q("the governor had read the research and found it far from settled", "Alvarez, «said»", "A spokeswoman, Tina Alvarez",
      TA, "indirect"),
    Q("that Marsh would sign a narrower bill requiring every district to adopt its own policy", "Alvarez «added»",
      "«Alvarez» added", TA, "indirect"),
    Q('that the veto "protects the right of families to decide."', "group, «wrote»", "the " + DFC, DFC, "mixed"),
    Q("The group has spent more than $400,000 on advertising in the state since January", "according to",
      "campaign finance filings", "campaign finance filings", "indirect"),
    Q("that 64% of Kansas parents support a ban during class time", "month «found»",
      "A poll by Emporia State University", "poll", "indirect"),
    Q(['"Honestly, I was relieved,"', '"I use my phone to check my bus and my shifts at work."'],
      "«said» Maya", MT, MT, "direct"),
    Q("the override vote would be held on Wednesday", "he «said» the override", "Friday, «he» said", MD, "indirect"),
    Q(['"The governor had her say,"', '"Now the legislature will have ours."'], "statement «read»",
      'say," «the statement» read', MD, "direct"),
    Q("that at least two Republicans were still undecided", "count «told»", "A source familiar with the Senate count",
      "a source familiar with the senate count", "indirect"),
])

# ---------------------------------------------------------------- harbour-city-manager (straight quotes; a BBC-style
# sport story as a scraper gets it: `Image source, …` and `Image caption, …` lines, `Related Topics` and its topic lines,
# none of them speech; a chairman's statement split around its cue; `had said … that he was "not a quitter"`; `Asked by
# BBC Sport whether …, the former Valencia coach replied: "…"` (the question is the broadcaster's, the answer Torres's);
# `Speaking to Sky Sports on Monday, captain X said …. "…," the 29-year-old midfielder said.`; `His team-mate X went
# further. Writing on Instagram, the Ghana forward thanked …` (a position noun after a nationality is the person named in
# the sentence before); a supporters' trust; `X, now a pundit, disagreed. He told BBC Radio 5 Live: "…"`; actions that
# are not speech: `leaves with the club 14th`, `is understood to be interested`, `did not respond to requests for comment`)
LT, GP, DW2, KM, HB, ME, AP, CD = ("Luis Torres", "Graham Pike", "Danny Walsh", "Kofi Mensah", "Helen Brooks", "Mark Ellis",
                                   "Aaron Pryce", "Claire Dunn")
HCST = "Harbour City Supporters' Trust"
build("harbour-city-manager", [
    ("Harbour City", ORG), (LT, PERSON), ("Torres", PERSON), ("Getty Images", ORG), ("FA Cup", MISC), ("Millbrook", ORG),
    ("Spaniard", MISC), ("Premier League", MISC), (GP, PERSON), ("Pike", PERSON), ("Luis", PERSON), ("Valencia", ORG),
    ("BBC Sport", ORG), ("Sky Sports", ORG), (DW2, PERSON), (KM, PERSON), ("Instagram", ORG), ("Ghana", LOC), (HCST, ORG),
    (HB, PERSON), ("City", ORG), (ME, PERSON), ("BBC Radio 5 Live", ORG), (AP, PERSON), ("Newcastle", ORG), ("Welshman", MISC),
    ("Brighton", ORG), (CD, PERSON), ("Dunn", PERSON),
], [
    Q(['"This was not an easy decision and it was not taken lightly,"',
       '"Luis brought us our first title in 40 years and he will always be welcome here."'],
      'lightly," Harbour City chairman Graham Pike «said»', "Harbour City chairman Graham Pike", GP, "direct"),
    Q('that he was "not a quitter"', "had «said» after", "«Torres», who had two years", LT, "mixed"),
    Q('"That is a question for other people. I only know how to work."', "coach «replied»", "the former Valencia coach", LT,
      "direct"),
    Q("the players had let the manager down", "Walsh «said» the players", "captain Danny Walsh", DW2, "indirect"),
    Q('"We are the ones on the pitch. It is on us, not him,"', "midfielder «said»", "the 29-year-old midfielder", DW2, "direct"),
    Q('Torres for "believing in me when nobody else did"', "forward «thanked»", "the Ghana forward", KM, "mixed"),
    Q('the decision was "overdue"', "October, «said» the", "The " + HCST, HCST, "mixed"),
    Q(['"The football has been dire for a year,"', '"Fans have stopped coming. You only have to look at the empty seats."'],
      'year," «said» trust', "trust chairwoman Helen Brooks", HB, "direct"),
    Q('"Sacking a manager who won the league two years ago tells every coach in the country that nothing you do buys you time."',
      "He «told» BBC Radio", "«He» told BBC Radio", ME, "direct"),
    Q('he was "honoured" to step in', "Tuesday, «said» he", "«Pryce», speaking at", AP, "mixed"),
    Q('"I learned more from Luis in two years than in the rest of my career. We owe him a performance on Saturday,"',
      "Welshman «said»", "«the Welshman» said", AP, "direct"),
    Q('the club hoped to name a permanent successor "within a fortnight"', "Pike «said» the club", "«Pike» said the club", GP,
      "mixed"),
])

# ---------------------------------------------------------------- denver-crash-trial (straight quotes; a US wire court
# story, session 25: a byline with the agency, an agency dateline `DENVER (AP) —`, a `contributed to this report` line;
# a lede whose report closes after a long tail of time and place phrases (`…, a witness testified Tuesday on the second
# day of his manslaughter trial.`: the witness is the one named next, Grace Okafor); `told jurors she saw …` (mixed);
# `X conceded that …, but insisted …` (two reports, one speaker); `Prosecutors say`; a defence lawyer's `argued that …
# and that his client …` followed by `"…," he said.` (not the client); `Officer X … testified that …. He told the court
# …`; a possessive role speaking for an organisation (`Kessler's employer said in a statement …`: the company named in the
# paragraph before); `Asked whether …, X replied: "…"`; `His wife, X, wrote on Facebook that she would "…"` (the content
# starts at `that`); actions that are not speech: `questioned her eyesight`, `declined to comment`, `sued the company`,
# `warned spectators` is speech, `shouting at Kessler` is not (no words reported), `is expected to call`)
GO, MK, DR, LF, SW, TA, HB2, AL = ("Grace Okafor", "Martin Kessler", "Daniel Reiss", "Lena Fischer", "Sam Whitley",
                                   "Thomas Adeyemi", "Harold Brennan", "Anna Lindqvist")
build("denver-crash-trial", [
    ("Denver", LOC), ("Rachel Ames", PERSON), ("Associated Press", ORG), ("DENVER", LOC), ("AP", ORG), (GO, PERSON),
    ("Okafor", PERSON), ("Colfax Avenue", LOC), (MK, PERSON), ("Kessler", PERSON), ("Aurora", LOC), (DR, PERSON),
    ("Reiss", PERSON), (LF, PERSON), ("Fischer", PERSON), (SW, PERSON), ("Front Range Parcel", ORG), (TA, PERSON),
    ("Adeyemi", PERSON), ("Ruth", PERSON), (HB2, PERSON), ("Peter Lindqvist", PERSON), (AL, PERSON), ("Facebook", ORG),
    ("Tom Hale", PERSON), ("Swedish", MISC),
], [
    Q("A delivery driver ran a red light seconds before a crash that killed two cyclists", "witness «testified» Tuesday",
      "«a witness» testified", GO, "indirect"),
    Q('she saw the truck "come through the intersection like the light wasn\'t there."', "Avenue, «told» jurors",
      "«Grace Okafor», who was", GO, "mixed"),
    Q(['"I screamed. I remember screaming before I heard anything,"', '"Then it was just quiet."'], "Okafor «said», her",
      "«Okafor» said, her", GO, "direct"),
    Q("that she had glanced at her phone while she waited", "Okafor «conceded»", "«Okafor» conceded", GO, "indirect"),
    Q("the light was red", "but «insisted» the", "«Okafor» conceded", GO, "indirect"),
    Q('"I know what I saw,"', 'saw," she «said»', 'saw," «she» said', GO, "direct"),
    Q("Kessler had been on the road for 13 hours without a break and was behind on his deliveries", "Prosecutors «say»",
      "«Prosecutors» say", "prosecutors", "indirect"),
    Q(['"This was not an accident in any sense that matters,"', '"It was a choice, made again and again, to keep driving."'],
      "Fischer «told» the jury", "«Deputy District Attorney Lena Fischer»", LF, "direct"),
    Q("that the truck's brakes had failed and that his client had done everything he could to stop", "Reiss «argued»",
      "«Reiss» argued", DR, "indirect"),
    Q('"Mr. Kessler is not a criminal. He is a man who will live with this for the rest of his life,"', 'life," he «said»',
      'life," «he» said', DR, "direct"),
    Q("that the truck's brake lights were not on when it entered the intersection", "crash, «testified»",
      "«Officer Sam Whitley»", SW, "indirect"),
    Q("the road was dry and the street lights were working", "He «told» the court", "«He» told the court", SW, "indirect"),
    Q('that it was "cooperating fully" with investigators', "employer «said» in", "«Kessler's employer»",
      "Front Range Parcel", "mixed"),
    Q("the family had waited two years for the trial", "killed, «said» the family", "«Thomas Adeyemi», whose", TA,
      "indirect"),
    Q('"We are not here for revenge. We want someone to say out loud that Ruth mattered,"', 'mattered," he «said»',
      'mattered," «he» said', TA, "direct"),
    Q('"Every day. She would have done it for me."', "Adeyemi «replied»", "«Adeyemi» replied", TA, "direct"),
    Q("that he would clear the courtroom if there were further outbursts", "Brennan «warned»", "«Judge Harold Brennan»",
      HB2, "indirect"),
    Q('that she would "not stop until the roads are safe."', "Lindqvist, «wrote» on", "«Anna Lindqvist», wrote", AL,
      "mixed"),
])

# ---------------------------------------------------------------- helix-corvan-talks (straight quotes; a wire deal story,
# session 25: ticker tags `<HLX.N>` inside the reported clause, an agency dateline with a date only `Dec 3 (Reuters) -`, a
# two-author byline and a `(Reporting by …; Editing by …)` line; `…, according to people familiar with the matter, in what
# would be …`; `…, said the people, who asked not to be identified because …` (the relative clause is no part of the
# report); `…, they said.` (the people, not the dateline); `X told analysts on a conference call last month that … "…"`;
# `The company said in a filing with the U.S. Securities and Exchange Commission in October that …` (the company is
# Corvan, the subject of the sentence before); `Corvan's chief executive, Daniel Osei, said in an interview in September
# that …, but that …`; `X, an analyst at Bernstein, said by phone`; `wrote in a note to clients that … "…", but cautioned
# that …`; `…, one of the people said.` after a subject with an appositive; `a second person said`; actions that are not
# speech: `declined to comment`, `did not immediately respond to a request for comment`, `first reported the talks`,
# `has pushed the company to explore a sale`)
SV, DO, MW, LK = ("Sandra Voigt", "Daniel Osei", "Marcus Webb", "Laura Kim")
PFM = "people familiar with the matter"
build("helix-corvan-talks", [
    ("Helix Pharma", ORG), ("Corvan", ORG), ("Priya Natarajan", PERSON), ("Owen Burke", PERSON), ("Reuters", ORG),
    ("Helix Pharma Inc", ORG), ("Corvan Therapeutics", ORG), ("Helix", ORG), ("Wall Street Journal", ORG),
    ("New York", LOC), (SV, PERSON), ("Voigt", PERSON), ("Telora", MISC), ("Cambridge", LOC), ("Massachusetts", LOC),
    ("U.S. Securities and Exchange Commission", ORG), (DO, PERSON), (MW, PERSON), ("Bernstein", ORG), ("Jefferies", ORG),
    (LK, PERSON), ("Northgate Capital", ORG), ("Lumis Bio", ORG), ("Bengaluru", LOC), ("Alan Kerr", PERSON),
], [
    Q("Helix Pharma Inc <HLX.N> is in advanced talks to acquire Corvan Therapeutics <CRVN.O> for about $4 billion",
      "billion, «according to» people", "according to «people familiar with the matter»", PFM, "indirect"),
    Q("A deal could be announced as soon as next week", "week, «said» the people", "said «the people», who", PFM, "indirect"),
    Q("Terms could still change and the talks may yet collapse", "collapse, they «said»", "collapse, «they» said", PFM,
      "indirect"),
    Q('that the company was "actively looking" for acquisitions to replace revenue from its arthritis drug Telora, which '
      'loses patent protection in 2027', "Voigt «told» analysts", "«Helix Chief Executive Officer Sandra Voigt»", SV, "mixed"),
    Q('"We have the balance sheet to do something meaningful, and we will be disciplined about it,"', "Voigt «said» on the call",
      "«Voigt» said on the call", SV, "direct"),
    Q("that it expected to seek approval for the therapy next year", "company «said» in a filing",
      "«The company» said in a filing", "Corvan", "indirect"),
    Q('that the company was "not for sale," but that its board would "always listen" to serious offers',
      "Osei, «said» in an interview", "«Corvan's chief executive, Daniel Osei»", DO, "mixed"),
    Q("the price would be steep but could make sense if the therapy works", "Analysts «said» the price",
      "«Analysts» said the price", "analysts", "indirect"),
    Q(['"It\'s a bet on a single asset, and that\'s always risky,"',
       '"But if the data hold up, $4 billion could look cheap in five years."'],
      "Bernstein, «said» by phone", "«Marcus Webb», an analyst", MW, "direct"),
    Q('that a deal would "fill an obvious gap" in Helix\'s pipeline', "Kim «wrote» in a note", "«Jefferies analyst Laura Kim»",
      LK, "mixed"),
    Q("that the therapy's trial data were still limited", "but «cautioned» that", "«Jefferies analyst Laura Kim»", LK,
      "indirect"),
    Q("Corvan's largest shareholder, the venture firm Northgate Capital, has pushed the company to explore a sale since its "
      "shares slumped earlier this year", "year, one of the people «said»", "«one of the people» said", PFM, "indirect"),
    Q("Helix's board is expected to meet on Thursday to discuss the offer", "offer, a second person «said»",
      "«a second person» said", "a second person", "indirect"),
    Q("she prefers deals that add drugs already close to approval", "Voigt «has said»", "«Voigt» has said", SV, "indirect"),
])

# ---------------------------------------------------------------- dundee-teen-sleep (curly quotes; a health story,
# session 26: a study's finding after `according to`, a journal and a university in the lead (not speakers); a split quote
# `"…," Dr Grant said. "…"`; `She said` a paragraph later; an outside expert in apposition with a relative clause `Tom
# Ellery, a sleep researcher at King's College London who was not involved in the study, said …`; `he told BBC Radio
# Scotland` with a second quoted sentence; `The study notes that …` (a document's claim); a group source `Dr Grant's team
# said`; a paragraph with two speakers (the government's statement, then the minister `told MSPs … that …, and that …`) and
# `she said` in the next paragraph (the minister); `accused ministers of "…"` then `He told a radio phone-in: "…"` followed by
# another speaker's sentence (`Ms Calder's spokesman said`); a nested report `According to a survey for the charity X, head
# teachers said: "…"` (the head teachers speak); actions that are not speech (`declined to comment`, `called a meeting`);
# an inverted source with a relative clause `said Karen Muir, who chairs …` and an uncued continuation paragraph; `The company
# added:` after a named company's statement; `wrote on social media … that … "…"`; `she added` two paragraphs after her
# last mention, with a non-person sentence between; an `Additional reporting by` line)
FG, TE, RC, MD, KM = "Fiona Grant", "Tom Ellery", "Ruth Calder", "Martin Doyle", "Karen Muir"
build("dundee-teen-sleep", [
    ("Scottish", MISC), ("Aisha Rahman", PERSON), ("Scotland", LOC), ("Sleep Health", ORG), (FG, PERSON), ("Grant", PERSON),
    ("University of Dundee", ORG), (TE, PERSON), ("Ellery", PERSON), ("King’s College London", ORG),
    ("BBC Radio Scotland", ORG), ("Scottish Government", ORG), (RC, PERSON), ("Calder", PERSON), ("MSPs", MISC),
    ("Labour", ORG), (MD, PERSON), ("Sleep Well Scotland", ORG), (KM, PERSON), ("National Parent Forum of Scotland", ORG),
    ("Vantel", ORG), ("Chief Scientist Office", ORG), ("Callum Reid", PERSON),
], [
    Q("Teenagers who use their phones after midnight sleep nearly an hour less on school nights than those who do not",
      "not, «according to» a study", "according to «a study of 8,000 pupils in Scotland»", "a study of 8,000 pupils in scotland",
      "indirect"),
    Q(["“What surprised us was not the size of the effect but how steady it was,”", "“Almost every school showed the same pattern.”"],
      "Grant «said». “Almost", "«Dr Grant» said. “Almost", FG, "direct"),
    Q("the team had allowed for age, family income and the time pupils had to leave for school", "She «said» the team",
      "«She» said the team", FG, "indirect"),
    Q("the findings were “plausible but not proof”", "study, «said» the findings", "«Tom Ellery», a sleep researcher", TE, "mixed"),
    Q(["“Correlation is not causation,”", "“Teenagers who cannot sleep may reach for their phones, not the other way round.”"],
      "he «told» BBC", "«he» told BBC", TE, "direct"),
    Q("that girls were more affected than boys", "study «notes» that", "«The study» notes that", "the study", "indirect"),
    Q("it could not yet explain the gap", "team «said» it could", "«Dr Grant’s team»", "dr grant’s team", "indirect"),
    Q("it would “look carefully” at the findings", "Government «said» it would", "«The Scottish Government» said",
      "Scottish Government", "mixed"),
    Q("that schools already had guidance on phone use, and that head teachers were best placed to set rules",
      "Calder «told» MSPs", "«Education Secretary Ruth Calder»", RC, "indirect"),
    Q("“We are not going to ban phones by the back door,”", "door,” she «said»", "door,” «she» said", RC, "direct"),
    Q("ministers of “sitting on their hands”", "Doyle, «accused» ministers", "«Her Labour shadow, Martin Doyle»", MD, "mixed"),
    Q("“Parents are crying out for clear rules and this government is giving them a leaflet.”", "He «told» a radio",
      "«He» told a radio", MD, "direct"),
    Q("the minister would meet parents’ groups next month", "spokesman «said» the minister", "«Ms Calder’s spokesman»",
      "ms calder’s spokesman", "indirect"),
    Q("“Pupils arrive exhausted and cannot concentrate before the morning break.”", "head teachers «said»: “Pupils",
      "«head teachers» said: “Pupils", "head teachers", "direct"),
    Q("“It is a wake-up call,”", "call,” «said» Karen", "said «Karen Muir», who", KM, "direct"),
    Q("“Most parents I speak to already suspect their children are awake far too late. Now they have the numbers.”",
      None, None, KM, "direct"),
    Q("that it offered free parental controls on every contract", "Vantel «said» in a statement", "«Mobile operator Vantel»",
      "Vantel", "indirect"),
    Q("“Families should talk about screens at home, not only at school.”", "company «added»: “Families",
      "«The company» added: “Families", "Vantel", "direct"),
    Q("the next step should be a trial in which some families agreed to keep phones out of bedrooms", "Ellery «said» the next",
      "«Mr Ellery» said the next", TE, "indirect"),
    Q("that she had been “overwhelmed” by messages from parents", "Grant «wrote» on social", "«Dr Grant» wrote on social", FG,
      "mixed"),
    Q("“We want to know whether the lost sleep shows up in exam results,”", "results,” she «added»", "results,” «she» added",
      FG, "direct"),
])

# ---------------------------------------------------------------- manila-typhoon-forecast (straight quotes; an agency
# economics story, session 27: a byline and an agency dateline `MANILA, April 14 (AFP) -`, an `Additional reporting by` line
# (none of them speech); an organisation with its acronym in parentheses as the source (`The Asian Development Bank (ADB) has
# cut …, saying …`); a split quote `"…," said X, the bank's chief economist … "…"`; two reports in one sentence (`While the
# finance department noted that …, it stressed that …`); coordinated sources (`Finance Secretary X and central bank governor
# Y said … that …`); `Asked whether …, she replied: "…"`; a possessive role with an appositive name (`Its chief financial
# officer, X, told analysts … that …`); actions and requests that are not speech (`A start-up called X that makes …`, `Its
# founder asked customers … to register`); `called it "…" and said …` (mixed, then indirect); a possessive group of a
# person (`His lawyers said … that …`) and `X has denied any wrongdoing` with another person of the same surname in the
# reporting line; a group source (`Families in the hardest-hit areas say`); a closing survey report (`…, a survey released
# last week by X found.`); `Tanabe added` after an organisation's sentence, two parts)
HT, RV, EM, DO, GL, CD, AR, MS = ("Hiroshi Tanabe", "Ramon Villacorta", "Elena Marquez", "Dante Ocampo", "Grace Lim",
                                  "Carlos Dizon", "Antonio Reyes", "Maria Santos")
build("manila-typhoon-forecast", [
    ("Philippine", MISC), ("Teresa Bautista", PERSON), ("MANILA", LOC), ("AFP", ORG), ("Asian Development Bank", ORG),
    ("ADB", ORG), ("Philippines", LOC), (HT, PERSON), ("Tanabe", PERSON), ("Southeast Asia", LOC), ("Filipinos", MISC),
    (RV, PERSON), ("Villacorta", PERSON), (EM, PERSON), ("Marquez", PERSON), ("Pacific Cement", ORG), (DO, PERSON),
    ("Ocampo", PERSON), ("Bahay Solar", ORG), (GL, PERSON), ("Metrobank Research", ORG), ("Manila", LOC), ("China", LOC),
    (CD, PERSON), (AR, PERSON), ("Reyes", PERSON), (MS, PERSON), ("Eastern Samar", LOC),
    ("Social Weather Institute", ORG), ("Mark Reyes", PERSON), ("Tacloban", LOC),
], [
    Q("damage from two typhoons and weaker exports would weigh on the economy", "year, «saying» damage",
      "The «Asian Development Bank (ADB)» has cut", "Asian Development Bank", "indirect"),
    Q(['"The recovery is real, but it is fragile,"',
       '"Households have used up much of their savings, and the rebuilding has barely started."'],
      'fragile," «said» Hiroshi', "said «Hiroshi Tanabe», the bank's", HT, "direct"),
    Q("that remittances from Filipinos abroad rose 4 percent in the first quarter", "department «noted» that",
      "While «the finance department» noted", "finance department", "indirect"),
    Q("that reconstruction spending would lift growth in the second half of the year", "it «stressed» that",
      "quarter, «it» stressed", "finance department", "indirect"),
    Q("that inflation remained inside the target range", "Marquez «said» at a joint", "«Finance Secretary Ramon Villacorta and "
      "central bank governor Elena Marquez» said", RV, "indirect"),
    Q("the government would not raise taxes to pay for the rebuilding", "Villacorta «said» the government",
      "«Villacorta» said the government", RV, "indirect"),
    Q('"We will not balance the budget on the backs of the typhoon victims,"', 'victims," he «said»', 'victims," «he» said',
      RV, "direct"),
    Q('"We are not in a hurry. One good month does not make a trend."', "she «replied»", "month, «she» replied", EM, "direct"),
    Q("demand had surged since the storms", "materials, «said» demand", "«Pacific Cement», the country's", "Pacific Cement",
      "indirect"),
    Q("that the company planned to add a third kiln by next year", "Ocampo, «told» analysts",
      "Its chief financial officer, «Dante Ocampo», told", DO, "indirect"),
    Q('"We are running at full capacity and we still cannot keep up,"', 'up," Ocampo «said»', 'up," «Ocampo» said', DO,
      "direct"),
    Q("the forecast still assumed that exports would recover quickly", "Manila, «said» the forecast",
      "«Grace Lim», an economist", GL, "indirect"),
    Q(['"Our electronics factories depend on orders from China, and those orders are not coming back this year,"',
       '"I would not be surprised to see growth closer to 4.5 percent."'], 'year," she «said»', 'year," «she» said', GL,
      "direct"),
    Q('it "a number pulled out of thin air"', "Dizon «called» it", "Senator «Carlos Dizon» called", CD, "mixed"),
    Q("the true cost of the storms was at least twice as high", 'and «said» the true', "Senator «Carlos Dizon» called", CD,
      "indirect"),
    Q("that every contract had been awarded by open tender", "lawyers «said» on Monday", "«His lawyers» said", "lawyers",
      "indirect"),
    Q("any wrongdoing", "Reyes has «denied» any", "«Reyes» has denied", AR, "indirect"),
    Q("help has been slow", "areas «say» help", "«Families in the hardest-hit areas» say", "families in the hardest-hit areas",
      "indirect"),
    Q(['"We have had one sack of rice in two months,"', '"The roof is still a tarpaulin."'], 'months," «said» Maria',
      "said «Maria Santos», a mother", MS, "direct"),
    Q("Two in three families in the worst-hit provinces still live in damaged homes", "Institute «found»",
      "«a survey released last week by the Social Weather Institute»", "Social Weather Institute", "indirect"),
    Q("it would lend the Philippines a further $500 million for schools and clinics", "ADB «said» it would",
      "The «ADB» said it would", "ADB", "indirect"),
    Q(['"Nobody should read this forecast as a verdict on the government,"',
       '"It is a warning about the weather, and about how little room poor households have."'], 'Tanabe «added»',
      'government," «Tanabe» added', HT, "direct"),
])
