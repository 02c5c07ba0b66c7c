"""Field validation shared by models and forms (pydantic-like)."""


def _record(errors, field, message):
    errors.append((field, message))


def _check_type(value, field, expected, errors):
    if isinstance(value, expected):
        return True
    _record(errors, field, f"{field}: expected {expected.__name__}, got {type(value).__name__}")
    return False


def validate(value, field, expected, errors=[]):  # expect: HL101 refuted
    if _check_type(value, field, expected, errors):
        return value
    return None
