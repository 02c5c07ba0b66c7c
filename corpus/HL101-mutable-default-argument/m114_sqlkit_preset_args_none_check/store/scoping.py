"""Tenant scoping: presets a statement's args before it is prepared (admins see every tenant)."""


def scope(stmt, admin, tenant="shop-1"):
    if admin:
        stmt.args = []
    else:
        stmt.args = [tenant]
        stmt.where.append("tenant = ?")
    return stmt
