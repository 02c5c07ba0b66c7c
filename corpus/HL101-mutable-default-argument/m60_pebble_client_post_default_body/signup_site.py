"""The sign-up pages of the marketing site."""
PLANS = ("free", "team", "business")


def app(request):
    if request.path != "/signup":
        return 404, "not found"
    if request.method == "GET":
        ref = request.args().get("ref", "direct")
        return 200, f"<form data-ref='{ref}'>...</form>"
    form = request.form()
    if form.get("plan") not in PLANS:
        return 400, "unknown plan"
    return 201, f"welcome {form.get('email')}"
