import operator


def make_deduper(field="id", casefold=True):
    getter = operator.itemgetter(field)

    def dedupe(rows, seen=set()):  # expect: HL101 refuted
        unique = []
        for row in rows:
            key = str(getter(row)).strip()
            if casefold:
                key = key.casefold()
            if key in seen:
                continue
            seen.add(key)
            unique.append(row)
        return unique

    return dedupe
