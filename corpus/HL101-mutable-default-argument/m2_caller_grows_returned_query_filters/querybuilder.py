"""A small SQL builder; select() hands its default lists to the caller."""


def select(
    table,
    columns=["*"],  # expect: HL101 refuted
    filters=[],  # expect: HL101 confirmed
):
    return {"table": table, "columns": columns, "filters": filters}


def to_sql(query):
    sql = f"SELECT {', '.join(query['columns'])} FROM {query['table']}"
    if query["filters"]:
        sql += " WHERE " + " AND ".join(f"{col} = ?" for col, _ in query["filters"])
    return sql, [value for _, value in query["filters"]]
