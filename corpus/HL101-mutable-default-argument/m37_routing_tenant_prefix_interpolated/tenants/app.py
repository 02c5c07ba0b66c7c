from routing import Blueprint


def create_app(tenant):
    bp = Blueprint(prefix=f"/t/{tenant}")
    settings = {"tenant": tenant, "currency": "EUR" if tenant.endswith("0") else "USD"}

    @bp.route("/health")
    def health(**params):
        return {"status": "ok", "tenant": settings["tenant"]}

    @bp.route("/orders/<order_id>", methods=("GET", "DELETE"))
    def order_detail(order_id, **params):
        if params.get("tenant") != settings["tenant"]:
            return {"error": "forbidden"}
        try:
            number = int(order_id)
        except ValueError:
            return {"error": "bad order id"}
        return {"order": number, "currency": settings["currency"]}

    return bp
