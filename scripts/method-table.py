#!/usr/bin/env python3
"""Print the README's table of generated methods, one section per plugin group.

    python3 scripts/method-table.py                      # print the table
    python3 scripts/method-table.py --write README.md    # replace it between the markers
    python3 scripts/method-table.py --check <neon_auth_api.rs>

The names are derived from the document with the same rule as codegen/src/naming.rs, so the
table can be rebuilt without compiling anything. `--check` compares them with a generated file
(`target/debug/build/neon-auth-*/out/neon_auth_api.rs`) and fails on any difference, which is
how a change of the rule in Rust that was not made here shows up. For the vendored document it
also fails when README.md's table is not the one this script prints, so that a new document
cannot leave the page behind.
"""

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCUMENT = ROOT / "schema" / "neon-auth.openapi.json"
START = "<!-- method-table:start -->"
END = "<!-- method-table:end -->"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# Kept equal to the lists in codegen/src/naming.rs.
GENERATED_ITEMS = {
    "ByteStream", "Client", "ClientHooks", "ClientInfo", "Error", "OperationInfo",
    "RequestBuilderExt", "ResponseValue", "Result", "Option", "Vec", "String", "Box",
}
CLIENT_METHODS = {"new", "new_with_client", "baseurl", "client", "inner", "api_version"}
KEYWORDS = set(
    "as async await break const continue crate dyn else enum extern false fn for gen if impl "
    "in let loop match mod move mut pub ref return self static struct super trait true type "
    "unsafe use where while abstract become box do final macro override priv try typeof "
    "unsized virtual yield types builder prelude".split()
)


def snake(segment):
    out = []
    previous_lower = False
    for c in segment:
        if c.isascii() and c.isalnum():
            if c.isupper() and previous_lower:
                out.append("_")
            previous_lower = c.islower() or c.isdigit()
            out.append(c.lower())
        else:
            if not out or out[-1] != "_":
                out.append("_")
            previous_lower = False
    return "".join(out).strip("_")


def path_name(path):
    parts = []
    for segment in path.split("/"):
        if not segment:
            continue
        if segment.startswith("{") and segment.endswith("}"):
            part = "by_" + snake(segment[1:-1])
        else:
            part = snake(segment)
        if part and part != "by_":
            parts.append(part)
    name = "_".join(parts) if parts else "root"
    return "op_" + name if name[0].isdigit() else name


def pascal(name):
    return "".join(p[0].upper() + p[1:] for p in name.split("_") if p)


def is_reserved(name):
    return name in KEYWORDS or name in CLIENT_METHODS or pascal(name) in GENERATED_ITEMS


def method_name(path, method, shared_path):
    name = path_name(path)
    if (shared_path and method != "get") or is_reserved(name):
        name += "_" + method
    return name


def operations(document):
    """(group, method name, HTTP method, path, summary) for every operation, in document order."""
    rows = []
    for path, item in document.get("paths", {}).items():
        methods = [m for m in item if m in METHODS]
        for method in methods:
            op = item[method]
            group = (op.get("tags") or ["Default"])[0]
            summary = " ".join((op.get("summary") or op.get("description") or "").split())
            name = method_name(path, method, len(methods) > 1)
            rows.append((group, name, method.upper(), path, summary))
    return rows


def table(rows):
    groups = {}
    for row in rows:
        groups.setdefault(row[0], []).append(row)
    # Better Auth's core first, then the plugins alphabetically, as the generated traits read.
    order = sorted(groups, key=lambda g: (g != "Default", g.lower()))
    lines = [
        f"{len(rows)} operations in {len(groups)} groups, from `schema/neon-auth.openapi.json`; "
        "regenerate with `python3 scripts/method-table.py --write README.md`.",
        "",
    ]
    for group in order:
        trait = "Client" + "".join(p.capitalize() for p in re.split(r"[^A-Za-z0-9]+", group)) + "Ext"
        lines.append(f"#### {group} ({len(groups[group])}, trait `{trait}`)")
        lines.append("")
        lines.append("| method | endpoint | what it does |")
        lines.append("|---|---|---|")
        for _, name, method, path, summary in groups[group]:
            summary = summary.replace("|", "\\|")
            lines.append(f"| `{name}` | `{method} {path}` | {summary} |")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def generated_names(source):
    """(HTTP method, path) -> method name, from the doc comment progenitor puts on each method."""
    found = {}
    pattern = re.compile(
        r"Sends a `(\w+)` request to `([^`]+)`.*?\*/\s*fn\s+(\w+)\s*\(", re.DOTALL
    )
    for method, path, name in pattern.findall(source):
        found[(method, path)] = name
    return found


def check(rows, generated_file, readme):
    found = generated_names(Path(generated_file).read_text())
    wrong = 0
    for _, name, method, path, _ in rows:
        actual = found.get((method, path))
        if actual != name:
            wrong += 1
            print(f"{method} {path}: table says {name}, generated file says {actual}", file=sys.stderr)
    extra = set(found) - {(m, p) for _, _, m, p, _ in rows}
    for method, path in sorted(extra):
        wrong += 1
        print(f"{method} {path}: generated but not in the document", file=sys.stderr)
    if wrong:
        return 1
    print(f"all {len(rows)} method names match {generated_file}")
    if readme is None:
        return 0
    if current_table(readme) != table(rows):
        print("README.md's method table is stale: run with --write README.md", file=sys.stderr)
        return 1
    print("README.md's method table is current")
    return 0


def current_table(readme):
    content = Path(readme).read_text()
    if START not in content or END not in content:
        return None
    return content.split(START, 1)[1].split(END, 1)[0].lstrip("\n")


def write(readme, text):
    content = Path(readme).read_text()
    if START not in content or END not in content:
        sys.exit(f"{readme} has no {START} ... {END} markers")
    head, rest = content.split(START, 1)
    _, tail = rest.split(END, 1)
    Path(readme).write_text(f"{head}{START}\n{text}{END}{tail}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--document", default=str(DOCUMENT))
    parser.add_argument("--write", metavar="README", help="replace the table between the markers")
    parser.add_argument("--check", metavar="GENERATED_RS", help="compare with a generated file")
    args = parser.parse_args()

    rows = operations(json.loads(Path(args.document).read_text()))
    if args.check:
        # README.md describes the vendored document; another one is only checked against code.
        same = Path(args.document).resolve() == DOCUMENT
        return check(rows, args.check, ROOT / "README.md" if same else None)
    text = table(rows)
    if args.write:
        write(args.write, text)
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
