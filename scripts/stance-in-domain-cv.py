#!/usr/bin/env python3
"""Leave-one-article-out cross-validation of learned side decisions trained on in-domain (news quote) data.

Usage: scripts/stance-in-domain-cv.py [--cache DIR] [--shared ../shared] [--cli "dotnet src/NewsNlp.Cli/bin/Release/net10.0/NewsNlp.Cli.dll"]

Runs `newsnlp analyze FILE --targets CLAIM --format json` (the default pipeline with the stance stage, as
scripts/score-speaker-stance.py does) on the own per-speaker gold dev and real-dev (seeds/stance; never real-test),
keeps the outputs in --cache (reused when present), and builds weakly labelled quote-claim pairs: every quote of a gold
speaker's matching records (the scorer's name rule; records of one entity pooled, as the stage does) that the stage's
quote model calls related (relatedness >= 0.5) gets the speaker's gold side. It then compares, on the same folds (one
article out at a time, every model fitted on the other articles only), the stage's rules with:

  quote-side     a quote-level logistic regression (agree vs disagree) that re-decides the side of speakers whose side the
                 quote model decided (no side-taking cue): the sign of the relatedness-weighted sum of P(agree) - 1/2 over
                 their related quotes. Features that transfer across topics: the stage's quote prediction (agree - disagree
                 share given related, log-odds, discuss share, relatedness), claim-word alignment (count, fraction),
                 negation-aware polarity of the quote (VADER, else Bing Liu) times the claim's orientation / for a proposal /
                 for a negative claim, negations (count, parity against the claim, before an aligned word), hedging and
                 refuting words, a question mark; optionally the quote's words and word pairs ("not @") and Emergent train
                 headlines (for/against) as extra pairs;
  speaker-side   one example per speaker record (the means of the same features over the speaker's related quotes and over
                 all their quotes, and the agree share), trained on every sided record, applied to quote-decided records;
  none-vs-side   the same speaker features deciding "no stance" for quote-decided records.

And one held-out check: the quote-side model fitted on all of dev + real-dev, applied to own test. Deterministic (seeded
shuffles, no hashing). Prints one line per variant: right speakers of dev + real-dev (and of the quote-decided ones).
"""
import argparse, csv, glob, hashlib, json, math, os, random, re, shlex, subprocess, sys, tempfile
from collections import Counter, defaultdict

NEUTRAL_CUES = set("said says say saying told tells tell added adds noted notes stated states explained explains asked asks wrote "
                   "writes continued replied answered remarked commented observed announced declared reported recalled spoke "
                   "speaking mentioned".split())
STOP = set("a an the of to in on at for and or but is are was were be been being it its this that these those he she they we i "
           "you his her their our my your him them us me as by with from has have had do does did will would can could may "
           "might must shall should not no than then so if into about over after before also just there here what which who "
           "whom whose when where why how all any some such only own same too very s t mr mrs ms".split())
NEG = set("not no never none nobody nothing neither nor cannot without n't don't doesn't didn't isn't wasn't aren't weren't "
          "won't wouldn't can't couldn't hasn't haven't hadn't shouldn't".split())
HEDGE = set("alleged allegedly apparently appear appears could likely may maybe might perhaps presumably probably possibly "
            "possible seems seem suggest suggests unclear whether if would".split())
REFUTE = set("fake fraud hoax false deny denies denied doubt doubts bogus myth untrue misleading incorrect wrong refute refuted "
             "dismissed rejected baseless unfounded nonsense lie lies lied ridiculous absurd".split())
PROPOSAL = set("should must need needs ought".split())
TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d+")


def load_polarity(lexicons):
    pol = {}
    for line in open(os.path.join(lexicons, "vader", "vader_lexicon.txt"), encoding="utf-8"):
        p = line.split("\t")
        if len(p) >= 2 and re.fullmatch(r"[a-z][a-z'-]*", p[0]):
            pol[p[0]] = max(-1.0, min(1.0, float(p[1]) / 4))
    for name, sign in (("positive-words.txt", 0.5), ("negative-words.txt", -0.5)):
        for w in open(os.path.join(lexicons, "liu", name), encoding="latin-1"):
            w = w.strip()
            if w and not w.startswith(";"):
                pol.setdefault(w, sign)
    return pol


def words(text):
    return [w.lower().replace("’", "'") for w in TOKEN.findall(text)]


def stem(w):
    for suffix in ("ing", "ed", "es", "s", "ly"):
        if len(w) > len(suffix) + 3 and w.endswith(suffix):
            return w[:-len(suffix)]
    return w


def same(a, b):
    return a == b or (len(a) >= 5 and len(b) >= 5 and a[:5] == b[:5])


class Featurizer:
    def __init__(self, polarity):
        self.pol = polarity

    def polarities(self, ws):
        out = []
        for i, w in enumerate(ws):
            p = self.pol.get(w, 0.0)
            if p and any(x in NEG for x in ws[max(0, i - 3):i]):
                p = -p
            out.append(p)
        return out

    def claim(self, claim):
        cw = words(claim)
        return dict(stems=[stem(w) for w in cw if w not in STOP and w not in NEG], pol=sum(self.polarities(cw)),
                    neg=any(w in NEG for w in cw), proposal=any(w in PROPOSAL for w in cw))

    def quote(self, ci, text, probs, bag):
        f = {"bias": 1.0}
        ws = words(text)
        if probs is not None:
            rel = 1 - probs["unrelated"]
            if rel > 0:
                a, d = probs["agree"] / rel, probs["disagree"] / rel
                f["m_margin"] = a - d
                f["m_logodds"] = max(-4.0, min(4.0, math.log((a + 1e-3) / (d + 1e-3)))) / 4
                f["m_discuss"] = probs["discuss"] / rel
            f["rel"] = rel
        aligned = {i for i, w in enumerate(ws) if w not in STOP and any(same(stem(w), c) for c in ci["stems"])}
        f["n_aligned"] = min(len(aligned), 5) / 5
        f["frac_aligned"] = len({stem(ws[i]) for i in aligned}) / max(1, len(set(ci["stems"])))
        qp = max(-2.0, min(2.0, sum(self.polarities(ws)))) / 2
        f["qpol"] = qp
        orient = (1 if ci["pol"] >= 0 else -1) * (-1 if ci["neg"] else 1)
        f["qpol_x_orient"] = qp * orient
        if ci["proposal"]:
            f["qpol_x_prop"] = qp
        if ci["pol"] < -0.1:
            f["qpol_x_negclaim"] = qp
        negs = sum(1 for w in ws if w in NEG)
        f["negs"] = min(negs, 3) / 3
        f["neg_near_aligned"] = min(sum(1 for i in aligned if any(x in NEG for x in ws[max(0, i - 4):i])), 2) / 2
        f["neg_parity"] = 1.0 if (negs % 2 == 1) != ci["neg"] else -1.0
        f["hedges"] = min(sum(1 for w in ws if w in HEDGE), 3) / 3
        f["refutes"] = min(sum(1 for w in ws if w in REFUTE), 2) / 2
        f["question"] = 1.0 if "?" in text else 0.0
        if bag:
            seen = set()
            for i, w in enumerate(ws):
                t = "@" if i in aligned else stem(w)
                if w in STOP or w.isdigit() or t in seen:
                    continue
                seen.add(t)
                f["w=" + t] = bag
            for i in range(len(ws) - 1):
                x = "@" if i in aligned else ws[i]
                y = "@" if i + 1 in aligned else ws[i + 1]
                if x in NEG or "@" in (x, y):
                    f["b=" + x + "_" + y] = bag
        return f


def fit(rows, l2=0.01, epochs=40, rate=0.1, seed=1):
    """Binary logistic regression by AdaGrad; rows are (features, y in {0, 1}, weight)."""
    w, g2 = defaultdict(float), defaultdict(lambda: 1e-8)
    order = list(range(len(rows)))
    rnd = random.Random(seed)
    for _ in range(epochs):
        rnd.shuffle(order)
        for k in order:
            f, y, weight = rows[k]
            g = (predict(w, f) - y) * weight
            for n, v in f.items():
                gr = g * v + l2 * w[n]
                g2[n] += gr * gr
                w[n] -= rate * gr / math.sqrt(g2[n])
    return dict(w)


def predict(w, f):
    z = sum(w.get(n, 0.0) * v for n, v in f.items())
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def quote_text(q):
    cue, content = q.get("cue"), " ".join(c["text"] for c in q["content"])
    if cue and cue["text"].strip().lower() not in NEUTRAL_CUES and q["content"] and cue["end"] <= q["content"][0]["start"]:
        return cue["text"] + " " + content
    return content


def analyze(split, args):
    """(name, analyze JSON, gold) of each article of a split, from the cache or by running the CLI."""
    folder = os.path.join("seeds", "stance", split)
    cache = os.path.join(args.cache, split)
    os.makedirs(cache, exist_ok=True)
    if split.startswith("real-"):
        items = []
        for a in json.load(open(os.path.join(folder, "manifest.json"), encoding="utf-8"))["articles"]:
            text = open(os.path.join(args.shared, a["from"]), encoding="utf-8").read()
            if hashlib.sha256(text.encode("utf-8")).hexdigest() != a["sha256"]:
                sys.exit(f"stance-in-domain-cv: {a['from']}: text hash differs from the manifest")
            items.append((a["doc"][:-len(".txt")], text, {"target": a["target"], "speakers": a["speakers"]}))
    else:
        items = [(n, open(os.path.join(folder, n + ".txt"), encoding="utf-8").read(), json.load(open(os.path.join(folder, n + ".gold.json"), encoding="utf-8")))
                 for n in sorted(f[:-len(".gold.json")] for f in os.listdir(folder) if f.endswith(".gold.json"))]
    for name, text, gold in items:
        path = os.path.join(cache, name + ".json")
        if not os.path.exists(path):
            with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8", delete=False, newline="\n") as t:
                t.write(text)
            out = subprocess.run(shlex.split(args.cli) + ["analyze", t.name, "--targets", gold["target"], "--format", "json"],
                                 capture_output=True, text=True, check=True).stdout
            os.unlink(t.name)
            open(path, "w", encoding="utf-8").write(out)
        yield name, json.load(open(path, encoding="utf-8")), gold


def articles(split, args, fz):
    result = []
    for name, doc, gold in analyze(split, args):
        target = gold["target"]
        names = {s["id"]: s["name"] for s in doc["speakers"]}
        entity = defaultdict(set)
        for s in doc["speakers"]:
            if s["entityId"] >= 0:
                entity[s["entityId"]] |= set(s["quoteIds"])
        quote_ids = {s["id"]: sorted(entity[s["entityId"]] if s["entityId"] >= 0 else set(s["quoteIds"])) for s in doc["speakers"]}
        quotes = {q["id"]: q for q in doc["quotes"]}
        per_quote = {s["quoteId"]: s["probabilities"] for s in doc["stances"] if s.get("quoteId") is not None and s["target"] == target}
        records = [s for s in doc["stances"] if s.get("speakerId") is not None and s["target"] == target]
        ci = fz.claim(target)
        speakers = []
        for speaker, label in gold["speakers"].items():
            mine = [r for r in records if speaker in names[r["speakerId"]] or names[r["speakerId"]] in speaker]
            speakers.append(dict(speaker=speaker, gold=label, records=[dict(
                label="none" if r["label"] == "unrelated" else r["label"], confidence=r["probabilities"][r["label"]],
                quote_decided=r["label"] in ("agree", "disagree") and not r["drivingWords"],
                quotes=[dict(text=quote_text(quotes[i]), probs=per_quote.get(i)) for i in quote_ids[r["speakerId"]]]) for r in mine]))
        result.append(dict(split=split, name=name, target=target, ci=ci, speakers=speakers))
    return result


def related(q):
    return q["probs"] is not None and 1 - q["probs"]["unrelated"] >= 0.5


def pick(labels):
    """The scorer's rule: a record with a side wins over one without, then the more confident; 'missing' without one."""
    best = None
    for label, confidence in labels:
        key = (label != "none", confidence)
        if best is None or key > best[0]:
            best = (key, label)
    return "missing" if best is None else best[1]


def tally(arts, decide):
    """Right speakers (all, quote-decided) when decide(article, record) gives each record's new label (None: the rules')."""
    right = quote_right = quote_total = 0
    for art in arts:
        for sp in art["speakers"]:
            got = pick([(decide(art, r) or r["label"], r["confidence"]) for r in sp["records"]])
            right += got == sp["gold"]
            if any(r["quote_decided"] for r in sp["records"]):
                quote_total += 1
                quote_right += got == sp["gold"]
    return right, quote_right, quote_total


def loao(arts, train, apply):
    """Leave-one-article-out: each article decided by a model trained on every other article."""
    models = {id(a): train([x for x in arts if x is not a]) for a in arts}
    return tally(arts, lambda art, r: apply(models[id(art)], art, r))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cache", default=os.path.join(tempfile.gettempdir(), "newsnlp-stance-in-domain"))
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--cli", default="dotnet src/NewsNlp.Cli/bin/Release/net10.0/NewsNlp.Cli.dll")
    args = ap.parse_args()
    os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    fz = Featurizer(load_polarity(os.path.join(args.shared, "data", "lexicons")))
    arts = articles("dev", args, fz) + articles("real-dev", args, fz)
    total = sum(len(a["speakers"]) for a in arts)

    def qfeat(bag):
        for a in arts:
            for sp in a["speakers"]:
                for r in sp["records"]:
                    for q in r["quotes"]:
                        q["f"] = fz.quote(a["ci"], q["text"], q["probs"], bag)

    def emergent(weight, bag):
        folder = os.path.join(args.shared, "data", "emergent")
        split = {r["articleId"]: r["split"] for r in csv.DictReader(open(os.path.join(folder, "split.csv"), encoding="utf-8"))}
        rows = []
        for r in csv.DictReader(open(os.path.join(folder, "url-versions-2015-06-14-clean.csv"), encoding="utf-8")):
            if split.get(r["articleId"]) == "train" and r["articleHeadlineStance"] in ("for", "against"):
                rows.append((fz.quote(fz.claim(r["claimHeadline"]), r["articleHeadline"], None, bag), 1 if r["articleHeadlineStance"] == "for" else 0, weight))
        return rows

    def quote_rows(train, extra):
        rows = list(extra)
        for a in train:
            for sp in a["speakers"]:
                if sp["gold"] in ("agree", "disagree"):
                    qs = [q for r in sp["records"] for q in r["quotes"] if related(q)]
                    rows += [(q["f"], 1 if sp["gold"] == "agree" else 0, 1.0 / len(qs)) for q in qs]
        return rows

    def quote_side(model, art, r):
        qs = [q for q in r["quotes"] if related(q)]
        if not r["quote_decided"] or not qs:
            return None
        s = sum((1 - q["probs"]["unrelated"]) * (predict(model, q["f"]) - 0.5) for q in qs)
        return "agree" if s > 0 else "disagree"

    rules = tally(arts, lambda art, r: None)
    print(f"dev + real-dev: {len(arts)} articles, {total} gold speakers; rules {rules[0]} (quote-decided speakers {rules[1]} of {rules[2]})")
    for label, bag, l2, extra in [("quote-side, no words, L2 0.01", 0, 0.01, 0), ("quote-side, no words, L2 0.001", 0, 0.001, 0),
                                  ("quote-side, no words, L2 0.1", 0, 0.1, 0), ("quote-side, + words and word pairs", 0.3, 0.01, 0),
                                  ("quote-side, no words, + Emergent train x0.1", 0, 0.01, 0.1), ("quote-side, + words, + Emergent train x0.1", 0.3, 0.01, 0.1)]:
        qfeat(bag)
        extra_rows = emergent(extra, bag) if extra else []
        got = loao(arts, lambda train: fit(quote_rows(train, extra_rows), l2=l2, epochs=40 if not extra else 20), quote_side)
        print(f"{label}: {got[0]} (quote-decided {got[1]} of {got[2]}), rules {rules[0]}")

    # Speaker level: the means of the quote features over the record's related quotes and over all its quotes.
    def speaker_features(a, r, bag):
        f = Counter({"bias": 1.0})
        rq = [q for q in r["quotes"] if related(q)]
        for q in rq:
            for k, v in fz.quote(a["ci"], q["text"], q["probs"], 0).items():
                if k != "bias":
                    f["r_" + k] += v / len(rq)
        for q in r["quotes"]:
            for k, v in fz.quote(a["ci"], q["text"], None, bag).items():
                if k.startswith(("w=", "b=")):
                    f[k] = bag
                elif k != "bias":
                    f["a_" + k] += v / len(r["quotes"])
        sa, sd = sum(q["probs"]["agree"] for q in rq), sum(q["probs"]["disagree"] for q in rq)
        f["share"] = sa / (sa + sd) - 0.5 if sa + sd else 0.0
        return dict(f)

    for label, bag in [("speaker-side, quote features", 0), ("speaker-side, + the speaker's words", 0.1)]:
        for a in arts:
            for sp in a["speakers"]:
                for r in sp["records"]:
                    r["sf"] = speaker_features(a, r, bag)
        train = lambda arts_: fit([(r["sf"], 1 if sp["gold"] == "agree" else 0, 1.0) for a in arts_ for sp in a["speakers"] if sp["gold"] in ("agree", "disagree")
                                   for r in sp["records"] if r["label"] in ("agree", "disagree")])
        got = loao(arts, train, lambda m, art, r: ("agree" if predict(m, r["sf"]) > 0.5 else "disagree") if r["quote_decided"] else None)
        print(f"{label}: {got[0]} (quote-decided {got[1]} of {got[2]}), rules {rules[0]}")

    for a in arts:
        for sp in a["speakers"]:
            for r in sp["records"]:
                r["sf"] = speaker_features(a, r, 0)
    train = lambda arts_: fit([(r["sf"], 1 if sp["gold"] == "none" else 0, 1.0) for a in arts_ for sp in a["speakers"] for r in sp["records"] if r["quote_decided"]])
    got = loao(arts, train, lambda m, art, r: "none" if r["quote_decided"] and predict(m, r["sf"]) > 0.5 else None)
    print(f"none-vs-side, speaker features: {got[0]} (quote-decided {got[1]} of {got[2]}), rules {rules[0]}")

    # Held out: the quote-side model (no words, L2 0.01) fitted on all of dev + real-dev, applied to own test.
    qfeat(0)
    model = fit(quote_rows(arts, []), l2=0.01, epochs=40)
    test = articles("test", args, fz)
    for a in test:
        for sp in a["speakers"]:
            for r in sp["records"]:
                for q in r["quotes"]:
                    q["f"] = fz.quote(a["ci"], q["text"], q["probs"], 0)
    before, after = tally(test, lambda art, r: None), tally(test, lambda art, r: quote_side(model, art, r))
    print(f"own test ({sum(len(a['speakers']) for a in test)} speakers), quote-side fitted on dev + real-dev: rules {before[0]} -> {after[0]} (quote-decided {before[1]} -> {after[1]} of {after[2]})")


main()
