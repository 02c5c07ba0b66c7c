def where(conditions):
    if not conditions:
        return ""
    parts = [f"{col} = %({col})s" for col in sorted(conditions)]
    return " WHERE " + " AND ".join(parts)
