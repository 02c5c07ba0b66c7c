def missing_fields(data, required, errors=[]):  # expect: HL101 confirmed
    if errors is None:
        errors = []
    for field in required:
        if not str(data.get(field, "")).strip():
            errors.append(f"{field}: this field is required")
    return errors


def too_short(data, field, minimum):
    value = data.get(field) or ""
    return len(value) < minimum
