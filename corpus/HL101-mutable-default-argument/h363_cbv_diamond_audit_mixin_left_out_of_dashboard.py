"""Class-based views: `View.dispatch()` takes `opts={}` and runs the
cooperative `setup(request, opts)` chain. `AuditMixin.setup()` would append
"<user> <path>" to `opts.setdefault("trail", [])`, but `DashboardView` combines
only LoginRequiredMixin and TemplateView; AuditMixin is defined yet not in its
MRO, so the chain never writes into the default dict."""
import itertools

_requests = itertools.count()


class View:
    # heaplint-todo: AuditMixin, a cooperative mixin of the module, binds `setup` again; the class that combines it is not the one the application uses, and heaplint does not reach the mixin's store (heaplint: unknown)
    def dispatch(self, request, opts={}):  # expect: HL101 refuted
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


class DashboardView(LoginRequiredMixin, TemplateView):
    template_name = "dashboard.html"


def scenario():
    n = next(_requests)
    return DashboardView().dispatch({"user": f"u{n % 7}", "path": f"/dashboard/{n}"})
