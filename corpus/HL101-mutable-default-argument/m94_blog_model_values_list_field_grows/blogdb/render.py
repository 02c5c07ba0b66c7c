"""Turns model rows into the JSON-ish dicts the API returns."""


def article_payload(article):
    row = article.to_row()
    return {
        "id": row["id"],
        "title": row["title"],
        "url": f"/posts/{row['slug']}",
        "tags": len(row.get("tags", ())),
    }
