"""render: the account page greeting, rendered on every request."""
from .loader import compile_template


def render_greeting(request):
    # The banner is the member's own text from their settings page.
    source = (
        f"<h1>{request['banner']}</h1>"
        "<p>Hello {{ name|escape|upper }}, your balance is {{ due|money }}.</p>"
    )
    return compile_template(source)(request)
