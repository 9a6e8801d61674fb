"""Deterministic article text from a Reuters-21578 SGML story (shared by extract_reuters.py and show_reuters.py).

Text of a story = TITLE, a blank line, the DATELINE without its leading blanks, then BODY, then one newline:

    <TITLE>\n\n<DATELINE.lstrip()><BODY without the sign-off>\n

- Entities: `&lt;` `&gt;` `&amp;` `&quot;` become `<` `>` `&` `"`; control-character entities (`&#N;`, N < 32 or 127)
  are dropped.
- The sign-off is removed from the end of BODY: the `&#3;` end mark, then a final `Reuter`/`REUTER` word (any case,
  with any punctuation after it), then trailing white space.
- Everything else is kept as the feed has it: the 1987 line wrapping (about 65 columns), paragraphs that start with a
  four-blank indent and no blank line between them, ALL-CAPS headlines, straight double quotes.
- The .sgm files are ASCII except one byte; they are read as Latin-1, and every character is in the BMP, so Python
  string offsets equal the UTF-16 offsets of the quote JSONL contract.
"""
import html
import re

_STORY = re.compile(r'<REUTERS[^>]*\bNEWID="(\d+)"[^>]*>(.*?)</REUTERS>', re.S)


def _field(block, tag):
    m = re.search(r"<%s>(.*?)</%s>" % (tag, tag), block, re.S)
    return m.group(1) if m else ""


def _unescape(s):
    s = re.sub(r"&#(\d+);", lambda m: "" if int(m.group(1)) < 32 or int(m.group(1)) == 127 else m.group(0), s)
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&amp;", "&")


def story_text(block):
    """The article text of one <REUTERS> block (see the module docstring)."""
    title = _unescape(_field(block, "TITLE")).strip()
    dateline = _unescape(_field(block, "DATELINE")).lstrip()
    body = _field(block, "BODY")
    body = re.sub(r"\s*&#3;\s*$", "", body)
    body = re.sub(r"\s*\breuter\b\W*$", "", body, flags=re.I)
    body = _unescape(body).rstrip()
    return title + "\n\n" + dateline + body + "\n"


def stories(sgm_path):
    """(NEWID, article text) for every story with a BODY in one reut2-NNN.sgm file."""
    with open(sgm_path, encoding="latin-1") as f:
        data = f.read()
    for m in _STORY.finditer(data):
        if "<BODY>" in m.group(2):
            yield int(m.group(1)), story_text(m.group(2))
