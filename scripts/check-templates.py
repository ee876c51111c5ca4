#!/usr/bin/env python3
"""Check the demo's clause library and contract templates before they ship.

Reads core/document/templates/clauses.json and templates.json (or the two files
given on the command line) and checks what the loader in core relies on and what
a reader of the contract would notice:

  - both files are UTF-8 JSON written 2-space indented, as json.dumps writes them;
  - every clause has a unique key, and a title and a body in English and Italian;
  - bodies use only the rich-text subset that QTextDocument reads (p, ol, ul, li,
    b, i, table, tr, th, td), without attributes, properly nested and closed,
    with no loose text outside a block;
  - bodies use only the placeholders that core fills; the generated ones (lists
    and tables) stand alone between blocks, never inside a paragraph; the English
    and Italian bodies of a clause use the same set of placeholders;
  - every kind (customer_sla, internal_sla, ola, uc) has exactly one template,
    with a name in both languages and its sections, titled in both languages, in
    the contract's order, each naming clauses that exist, none twice.

Prints the counts and exits 1 with one line per problem (file, key, field) when
anything is wrong. `--self-test` breaks copies of the files in the ways above
and checks that each break is reported.
"""

import copy
import html.parser
import json
import re
import sys
from collections import Counter
from pathlib import Path

LANGUAGES = ("en", "it")
KINDS = ("customer_sla", "internal_sla", "ola", "uc")

# Filled inline, inside a sentence.
INLINE_PLACEHOLDERS = {
    "provider.name", "customer.name", "customer.contact", "customer.email",
    "agreement.number", "agreement.title", "agreement.version", "agreement.kind",
    "agreement.level", "agreement.start", "agreement.end", "notice.period", "fee",
    "review.interval", "parent.number",
}
# Expanded to block content (a list or a table): each stands between blocks.
BLOCK_PLACEHOLDERS = {"services", "targets", "credits", "calendars", "charter", "signatories"}
PLACEHOLDERS = INLINE_PLACEHOLDERS | BLOCK_PLACEHOLDERS

BLOCK_TAGS = {"p", "ol", "ul", "table"}
# The tag each tag may appear in; None: at the top level of a body.
PARENTS = {
    "p": {None, "li", "td", "th"},
    "ol": {None, "li", "td", "th"},
    "ul": {None, "li", "td", "th"},
    "table": {None},
    "li": {"ol", "ul"},
    "tr": {"table"},
    "th": {"tr"},
    "td": {"tr"},
    "b": {"p", "li", "td", "th", "i"},
    "i": {"p", "li", "td", "th", "b"},
}
# Tags that hold only other tags, never text.
CONTAINERS = {"ol", "ul", "table", "tr"}

# The sections of a contract in their order; alternatives share a rank.
SECTION_ORDER = [
    ("parties",),
    ("scope",),
    ("service-hours",),
    ("service-levels",),
    ("measurement",),
    ("provider-responsibilities",),
    ("customer-responsibilities",),
    ("exclusions",),
    ("escalation",),
    ("service-credits", "consequences"),
    ("reviews",),
    ("term",),
    ("general",),
    ("signatures",),
]
SECTION_RANK = {key: rank for rank, keys in enumerate(SECTION_ORDER) for key in keys}

KEY_PATTERN = re.compile(r"^[a-z][a-z0-9-]*(\.[a-z0-9-]+)*$")
PLACEHOLDER_PATTERN = re.compile(r"\{\{([^{}]*)\}\}")


class BodyParser(html.parser.HTMLParser):
    """Walks one body and collects what is wrong with its markup."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []
        self.problems = []

    def _where(self):
        return "<" + ">/<".join(self.stack) + ">" if self.stack else "top level"

    def handle_starttag(self, tag, attrs):
        if tag not in PARENTS:
            self.problems.append(f"tag <{tag}> is not in the rich-text subset")
            return
        if attrs:
            self.problems.append(f"tag <{tag}> has attributes ({', '.join(a for a, _ in attrs)})")
        parent = self.stack[-1] if self.stack else None
        if parent not in PARENTS[tag]:
            self.problems.append(f"tag <{tag}> inside {self._where()}")
        self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.problems.append(f"self-closing tag <{tag}/> is not in the rich-text subset")

    def handle_endtag(self, tag):
        if tag not in PARENTS:
            self.problems.append(f"closing tag </{tag}> is not in the rich-text subset")
            return
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"closing tag </{tag}> does not match {self._where()}")
            if tag in self.stack:
                del self.stack[self.stack.index(tag):]
            return
        self.stack.pop()

    def handle_data(self, data):
        for match in PLACEHOLDER_PATTERN.finditer(data):
            name = match.group(1)
            if name in BLOCK_PLACEHOLDERS and self.stack:
                self.problems.append(f"{{{{{name}}}}} expands to a block but stands inside {self._where()}")
        text = data.strip()
        if not text:
            return
        parent = self.stack[-1] if self.stack else None
        if parent is None:
            loose = PLACEHOLDER_PATTERN.sub(lambda m: "" if m.group(1) in BLOCK_PLACEHOLDERS else m.group(0), text)
            if loose.strip():
                self.problems.append(f"loose text outside a block: {loose.strip()[:40]!r}")
        elif parent in CONTAINERS:
            self.problems.append(f"text directly inside <{parent}>: {text[:40]!r}")

    def handle_comment(self, data):
        self.problems.append("comments are not allowed")

    def handle_decl(self, decl):
        self.problems.append(f"declaration <!{decl}> is not allowed")

    def handle_pi(self, data):
        self.problems.append("processing instructions are not allowed")

    def close(self):
        super().close()
        if self.stack:
            self.problems.append(f"unclosed {self._where()}")


def body_problems(body):
    """What is wrong with one body's markup and placeholders."""
    problems = []
    for match in PLACEHOLDER_PATTERN.finditer(body):
        if match.group(1) not in PLACEHOLDERS:
            problems.append(f"unknown placeholder {match.group(0)}")
    stray = PLACEHOLDER_PATTERN.sub("", body)
    if "{" in stray or "}" in stray:
        problems.append("stray brace: write placeholders as {{name}}")
    parser = BodyParser()
    parser.feed(body)
    parser.close()
    return problems + parser.problems


def placeholders_of(body):
    return Counter(m.group(1) for m in PLACEHOLDER_PATTERN.finditer(body))


def check_text_pair(errors, where, field, value):
    """A {"en": ..., "it": ...} object with non-empty strings; returns it or None."""
    if not isinstance(value, dict):
        errors.append(f"{where}: {field} must be an object with {' and '.join(LANGUAGES)}")
        return None
    for language in LANGUAGES:
        text = value.get(language)
        if not isinstance(text, str) or not text.strip():
            errors.append(f"{where}: {field}.{language} is missing or empty")
    for language in value:
        if language not in LANGUAGES:
            errors.append(f"{where}: {field}.{language}: unknown language")
    return value


def objects(errors, where, items, what):
    """Yields the number (from 1) and the item of each of `items` that is an object; an error
    for each that is not."""
    for number, item in enumerate(items, 1):
        if isinstance(item, dict):
            yield number, item
        else:
            errors.append(f"{where}: {what} #{number}: must be an object")


def check_clauses(doc, file):
    """Checks the clause library; returns the errors and the clauses by key."""
    errors = []
    by_key = {}
    if not isinstance(doc, dict) or not isinstance(doc.get("clauses"), list):
        return [f"{file}: the top level must be {{\"clauses\": [...]}}"], by_key
    for number, clause in objects(errors, file, doc["clauses"], "clause"):
        where = f"{file}: clause #{number}"
        key = clause.get("key")
        if not isinstance(key, str) or not KEY_PATTERN.match(key):
            errors.append(f"{where}: key {key!r} must be lowercase words joined by dots")
            continue
        where = f"{file}: clause {key}"
        if key in by_key:
            errors.append(f"{where}: key used twice")
        by_key[key] = clause
        for field in clause:
            if field not in ("key", "title", "body"):
                errors.append(f"{where}: unknown field {field!r}")
        title = check_text_pair(errors, where, "title", clause.get("title"))
        if title:
            for language in LANGUAGES:
                text = title.get(language)
                if isinstance(text, str) and ("<" in text or "{{" in text):
                    errors.append(f"{where}: title.{language} must be plain text")
        body = check_text_pair(errors, where, "body", clause.get("body"))
        if not body:
            continue
        for language in LANGUAGES:
            text = body.get(language)
            if isinstance(text, str):
                errors.extend(f"{where}: body.{language}: {p}" for p in body_problems(text))
        en, it = body.get("en"), body.get("it")
        if isinstance(en, str) and isinstance(it, str) and set(placeholders_of(en)) != set(placeholders_of(it)):
            errors.append(f"{where}: body.en uses {sorted(placeholders_of(en))} "
                          f"but body.it uses {sorted(placeholders_of(it))}")
    return errors, by_key


def check_templates(doc, file, clause_keys):
    """Checks the templates against the clause library; returns the errors."""
    errors = []
    if not isinstance(doc, dict) or not isinstance(doc.get("templates"), list):
        return [f"{file}: the top level must be {{\"templates\": [...]}}"]
    seen = Counter()
    for number, template in objects(errors, file, doc["templates"], "template"):
        kind = template.get("kind")
        where = f"{file}: template {kind}"
        if kind not in KINDS:
            errors.append(f"{file}: template #{number}: kind {kind!r} is not one of {', '.join(KINDS)}")
        seen[kind] += 1
        check_text_pair(errors, where, "name", template.get("name"))
        sections = template.get("sections")
        if not isinstance(sections, list) or not sections:
            errors.append(f"{where}: sections must be a non-empty list")
            continue
        last_rank = -1
        ranks = set()
        used = set()
        for s_number, section in objects(errors, where, sections, "section"):
            key = section.get("key")
            s_where = f"{where}: section {key}"
            if key not in SECTION_RANK:
                errors.append(f"{where}: section #{s_number}: key {key!r} is not a known section")
            else:
                rank = SECTION_RANK[key]
                if rank <= last_rank:
                    errors.append(f"{s_where}: out of order (or repeated) after "
                                  f"{'/'.join(SECTION_ORDER[last_rank])}")
                last_rank = max(last_rank, rank)
                ranks.add(rank)
            check_text_pair(errors, s_where, "title", section.get("title"))
            keys = section.get("clauses")
            if not isinstance(keys, list) or not keys:
                errors.append(f"{s_where}: clauses must be a non-empty list")
                continue
            for clause_key in keys:
                if clause_key not in clause_keys:
                    errors.append(f"{s_where}: unknown clause {clause_key!r}")
                if clause_key in used:
                    errors.append(f"{s_where}: clause {clause_key!r} appears twice in the template")
                used.add(clause_key)
        for rank, keys in enumerate(SECTION_ORDER):
            if rank not in ranks:
                errors.append(f"{where}: section {' or '.join(keys)} is missing")
    for kind in KINDS:
        if seen[kind] == 0:
            errors.append(f"{file}: no template for kind {kind}")
        elif seen[kind] > 1:
            errors.append(f"{file}: {seen[kind]} templates for kind {kind}")
    return errors


def load(path):
    """The file's JSON and the errors reading it (encoding, syntax, layout)."""
    try:
        raw = path.read_bytes()
        text = raw.decode("utf-8")
    except (OSError, UnicodeDecodeError) as error:
        return None, [f"{path}: {error}"]
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as error:
        return None, [f"{path}: line {error.lineno}, column {error.colno}: {error.msg}"]
    errors = []
    if text != json.dumps(doc, indent=2, ensure_ascii=False) + "\n":
        errors.append(f"{path}: not in the canonical layout (UTF-8, 2-space indent, "
                      "json.dumps(..., indent=2, ensure_ascii=False) plus a newline)")
    return doc, errors


def validate(clauses_doc, templates_doc, clauses_file="clauses.json", templates_file="templates.json"):
    errors, by_key = check_clauses(clauses_doc, clauses_file)
    errors += check_templates(templates_doc, templates_file, set(by_key))
    return errors, by_key


def report(clauses_doc, templates_doc, by_key):
    """Prints the counts: clauses, templates, sections, placeholders, words."""
    used = Counter()
    print(f"clauses: {len(by_key)}")
    for template in templates_doc["templates"]:
        keys = [k for s in template["sections"] for k in s["clauses"]]
        used.update(keys)
        print(f"template {template['kind']}: {len(template['sections'])} sections, {len(keys)} clauses")
    shared = sorted(k for k, n in used.items() if n > 1)
    unused = sorted(k for k in by_key if k not in used)
    print(f"clauses shared by two or more templates: {len(shared)}")
    print(f"clauses in the library only (no template uses them): {len(unused)}"
          + (f" ({', '.join(unused)})" if unused else ""))
    for language in LANGUAGES:
        words = sum(len(re.sub(r"<[^>]+>", " ", c["body"][language]).split()) for c in by_key.values())
        print(f"words ({language}): {words}")
    placeholders = Counter()
    for clause in by_key.values():
        placeholders.update(set(placeholders_of(clause["body"]["en"])))
    print("placeholders used (clauses using each): "
          + ", ".join(f"{name} {placeholders[name]}" for name in sorted(PLACEHOLDERS)))


def self_test(clauses_doc, templates_doc):
    """Breaks copies of the documents one way at a time; each break must be reported."""

    def body(doc, key, language="en"):
        return next(c for c in doc["clauses"] if c["key"] == key)["body"], language

    def set_body(key, change, language="en"):
        def apply(c, t):
            b, lang = body(c, key, language)
            b[lang] = change(b[lang])
        return apply

    first = clauses_doc["clauses"][0]["key"]
    breaks = {
        "unknown placeholder": (set_body(first, lambda s: s.replace("</p>", " {{customer.phone}}</p>", 1)),
                                "unknown placeholder {{customer.phone}}"),
        "stray brace": (set_body(first, lambda s: s.replace("</p>", " {customer.name}</p>", 1)), "stray brace"),
        "missing Italian title": (lambda c, t: c["clauses"][0]["title"].pop("it"), "title.it is missing"),
        "empty English body": (lambda c, t: c["clauses"][0]["body"].update(en=" "), "body.en is missing or empty"),
        "unclosed paragraph": (set_body(first, lambda s: s.replace("</p>", "", 1)), "unclosed <p>"),
        "mismatched closing tag": (set_body(first, lambda s: s.replace("</b>", "</i>", 1)), "does not match"),
        "unclosed at end": (set_body(first, lambda s: s + "<p>more"), "unclosed"),
        "tag outside the subset": (set_body(first, lambda s: s + "<div>x</div>"), "not in the rich-text subset"),
        "attribute": (set_body(first, lambda s: s.replace("<p>", '<p class="x">', 1)), "has attributes"),
        "image": (set_body(first, lambda s: s + '<img src="x.png"/>'), "self-closing"),
        "list item outside a list": (set_body(first, lambda s: s + "<li>x</li>"), "tag <li> inside top level"),
        "loose text": (set_body(first, lambda s: s + "loose words"), "loose text"),
        "block placeholder inside a paragraph": (
            set_body("levels.targets", lambda s: s.replace("{{targets}}", "").replace("</p>", "{{targets}}</p>", 1)),
            "expands to a block"),
        "placeholders differ between languages": (
            set_body("scope.services", lambda s: s.replace("{{services}}", ""), "it"), "but body.it uses"),
        "duplicate clause key": (lambda c, t: c["clauses"].append(copy.deepcopy(c["clauses"][0])), "key used twice"),
        "unknown clause in a template": (
            lambda c, t: t["templates"][0]["sections"][0]["clauses"].append("no.such-clause"),
            "unknown clause 'no.such-clause'"),
        "clause twice in a template": (
            lambda c, t: t["templates"][0]["sections"][-1]["clauses"].append(
                t["templates"][0]["sections"][0]["clauses"][0]), "appears twice"),
        "missing kind": (lambda c, t: t["templates"].pop(), "no template for kind"),
        "unknown kind": (lambda c, t: t["templates"][0].update(kind="sla"), "is not one of"),
        "sections out of order": (
            lambda c, t: t["templates"][0]["sections"].insert(0, t["templates"][0]["sections"].pop(1)),
            "out of order"),
        "missing section": (lambda c, t: t["templates"][0]["sections"].pop(2), "is missing"),
        "unknown section": (lambda c, t: t["templates"][0]["sections"][1].update(key="preamble"),
                            "is not a known section"),
        "missing Italian section title": (lambda c, t: t["templates"][0]["sections"][0]["title"].pop("it"),
                                          "title.it is missing"),
        "missing template name": (lambda c, t: t["templates"][0].pop("name"), "name must be an object"),
    }
    failures = 0
    for name, (apply, expected) in breaks.items():
        c, t = copy.deepcopy(clauses_doc), copy.deepcopy(templates_doc)
        apply(c, t)
        errors, _ = validate(c, t)
        if any(expected in e for e in errors):
            print(f"PASS {name}")
        else:
            failures += 1
            print(f"FAIL {name}: expected an error containing {expected!r}, got {errors}")
    errors, _ = validate(clauses_doc, templates_doc)
    if errors:
        failures += 1
        print(f"FAIL the unbroken files: {errors}")
    print(f"self-test: {len(breaks) - failures + (0 if errors else 1)} passed, {failures} failed")
    return failures == 0


def main(argv):
    args = [a for a in argv[1:] if a != "--self-test"]
    root = Path(__file__).resolve().parent.parent / "core" / "document" / "templates"
    if len(args) not in (0, 2):
        print("usage: check-templates.py [--self-test] [clauses.json templates.json]", file=sys.stderr)
        return 2
    clauses_path, templates_path = (Path(a) for a in args) if args else (root / "clauses.json",
                                                                         root / "templates.json")
    clauses_doc, errors = load(clauses_path)
    templates_doc, more = load(templates_path)
    errors += more
    if clauses_doc is not None and templates_doc is not None:
        more, by_key = validate(clauses_doc, templates_doc, str(clauses_path), str(templates_path))
        errors += more
    if errors:
        for error in errors:
            print(error, file=sys.stderr)
        print(f"{len(errors)} problem(s)", file=sys.stderr)
        return 1
    if "--self-test" in argv:
        return 0 if self_test(clauses_doc, templates_doc) else 1
    report(clauses_doc, templates_doc, by_key)
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
