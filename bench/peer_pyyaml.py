#!/usr/bin/python3
"""peer_pyyaml.py FILE.yaml | DIR — the PyYAML peer of make bench.

Counts the products by category and by the stars in force on OCOP_TODAY
(default 2025-12-01), as `ocop report summary` does, with PyYAML's C loader
(yaml.CSafeLoader, libyaml underneath): from the one YAML file the generator
writes for the peers (office, producers and products in one document), or,
given a data directory, from every file of it, one yaml.load a file, as ocop
reads them.  The stars in force: the latest province or central evaluation
with 3 to 5 stars and a decision, neither revoked nor expired (ocop-data(5),
"Derived, never stored").  Prints one line a category and star count.
"""
import datetime
import os
import sys

import yaml

if not getattr(yaml, "__with_libyaml__", False):
    sys.exit("peer_pyyaml: this PyYAML has no libyaml (no CSafeLoader)")
LOADER = yaml.CSafeLoader


def today():
    value = os.environ.get("OCOP_TODAY", "2025-12-01")
    return datetime.date.fromisoformat(value)


def as_date(value):
    """A date as YAML 1.1 gives it (a date) or a partial one (2025, '2025-03')."""
    if isinstance(value, datetime.date):
        return value
    text = str(value)
    if len(text) == 4:
        return datetime.date(int(text), 1, 1)
    if len(text) == 7:
        return datetime.date(int(text[:4]), int(text[5:7]), 1)
    return datetime.date.fromisoformat(text)


def stars_in_force(product, day):
    recognition = None
    for e in product.get("evaluations") or ():
        if e.get("level") in ("province", "central") and \
                (e.get("stars") or 0) >= 3 and e.get("decision"):
            recognition = e
    if recognition is None or recognition.get("revoked"):
        return 0
    expires = recognition.get("expires")
    if expires is not None and as_date(expires) <= day:
        return 0
    return recognition["stars"]


def count(products, day):
    counts = {}
    for p in products:
        key = (p["category"], stars_in_force(p, day))
        counts[key] = counts.get(key, 0) + 1
    return counts


def load_dir(top):
    def load(path):
        with open(path, "rb") as f:
            return yaml.load(f, Loader=LOADER)

    load(os.path.join(top, "ocop.yaml"))
    for sub in ("producers", "products"):
        folder = os.path.join(top, sub)
        for name in os.listdir(folder):
            if name.endswith(".yaml") and not name.startswith("."):
                record = load(os.path.join(folder, name))
                if sub == "products":
                    yield record


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: peer_pyyaml.py FILE.yaml | DIR")
    source = sys.argv[1]
    if os.path.isdir(source):
        products = load_dir(source)
    else:
        with open(source, "rb") as f:
            products = yaml.load(f, Loader=LOADER)["products"]
    counts = count(products, today())
    for (category, stars), n in sorted(counts.items()):
        print(f"{category}\t{stars}\t{n}")


if __name__ == "__main__":
    main()
