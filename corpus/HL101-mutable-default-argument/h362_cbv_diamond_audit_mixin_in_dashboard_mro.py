"""Class-based views: `View.dispatch()` takes `opts={}` and runs the
cooperative `setup(request, opts)` chain. `AuditMixin.setup()` appends
"<user> <path>" to `opts.setdefault("trail", [])`. `DashboardView` is a diamond
over View through LoginRequiredMixin, AuditMixin and TemplateView, so its MRO
reaches the audit step and the list inside the default dict grows."""
import itertools

_requests = itertools.count()


class View:
    # heaplint-todo: the dashboard view's MRO reaches AuditMixin.setup through a cooperative `super().setup()` chain over a diamond; heaplint does not reach the mixin's store on every way (heaplint: unknown)
    def dispatch(self, request, opts={}):  # expect: HL101 confirmed
        self.setup(request, opts)
        return self.get(request)

    def setup(self, request, opts):
        self.request = request


class LoginRequiredMixin(View):
    def setup(self, request, opts):
        self.user = request["user"] or "anonymous"
        super().setup(request, opts)


class AuditMixin(View):
    def setup(self, request, opts):
        opts.setdefault("trail", []).append(f"{request['user']} {request['path']}")
        super().setup(request, opts)


class TemplateView(View):
    def get(self, request):
        return f"<main>{request['path']}</main>"


class DashboardView(LoginRequiredMixin, AuditMixin, TemplateView):
    template_name = "dashboard.html"


def scenario():
    n = next(_requests)
    return DashboardView().dispatch({"user": f"u{n % 7}", "path": f"/dashboard/{n}"})
