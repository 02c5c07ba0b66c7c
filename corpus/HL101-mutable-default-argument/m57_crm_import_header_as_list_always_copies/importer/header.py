import rowtools as rt


def header_for(records, required=["id", "email"]):  # expect: HL101 refuted
    if not rt.is_iterable(records):
        raise TypeError("records must be an iterable of mappings")
    columns = rt.as_list(required)
    for record in records:
        for key in record:
            if key not in columns:
                columns.append(key)
    return columns
