from .lead import Lead


def import_row(row):
    lead = Lead(row["email"])
    lead.add_label(f"campaign:{row['campaign']}")
    if lead.qualify(row["seats"]) == "qualified":
        lead.add_label("priority")
    return lead
