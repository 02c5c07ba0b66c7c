"""Helpers shared by the import service."""


def warn_once(notice, _shown=set()):  # expect: HL101 refuted
    if notice in _shown:
        return False
    _shown.add(notice)
    return True


def parse_amount(text):
    cleaned = text.replace(",", "").strip()
    return round(float(cleaned), 2) if cleaned else 0.0


def normalize_header(name):
    return "_".join(name.strip().lower().split())
