"""CMS plugin host: `fire` calls every listener registered for a hook and
keeps going when one raises, collecting the failures in a list default so
they can be logged as one report. The thumbnail plugin fails on every
draft, but the list is emptied in a finally block once the report is built."""
import itertools

_saves = itertools.count()


def fire(listeners, hook, payload, failures=[]):  # expect: HL101 refuted
    results = []
    try:
        for listener in listeners:
            try:
                results.append(listener(payload))
            except Exception as exc:
                failures.append((getattr(listener, "__name__", repr(listener)), exc))
                continue
        report = ["%s: %s failed: %s" % (hook, name, exc) for name, exc in failures]
        return results, report
    finally:
        failures.clear()


def word_count(doc):
    return len(doc["body"].split())


def thumbnail(doc):
    return doc["image"].rsplit(".", 1)[0] + "_thumb.png"


def scenario():
    n = next(_saves)
    doc = {"title": "Post %d" % n, "body": "draft body number %d" % n}
    return fire([word_count, thumbnail], "on_save", doc)
