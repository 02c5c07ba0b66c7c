"""Build options: a `key=value;key=value` option string is parsed over the
defaults, and `features=a,b` adds to the enabled feature set. `a = a | b`
builds a new set and stores it in the copied options, so the default
feature set is only read."""
import itertools

_builds = itertools.count()


def parse_options(spec, defaults={"opt": "2", "features": {"ssl", "zlib"}}):  # expect: HL101 refuted
    options = dict(defaults)
    for item in filter(None, spec.split(";")):
        key, _, value = item.partition("=")
        if key == "features":
            options["features"] = options["features"] | {name.strip() for name in value.split(",") if name.strip()}
        else:
            options[key] = value
    return options


def scenario():
    n = next(_builds)
    options = parse_options(f"opt={n % 4};features=lto-{n},plugin_{n % 8}_{n};debug=yes")
    return len(options["features"]), options["opt"]
