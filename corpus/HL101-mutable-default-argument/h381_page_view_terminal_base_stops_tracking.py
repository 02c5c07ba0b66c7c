"""Page views: `Root.dispatch()` takes `seen=set()` and runs the `setup(seen)`
chain. `PageView` lists `TrackingMixin` after `BaseView`, and BaseView.setup()
does not call super(): the chain ends there, the mixin's setup() that would add
each path to the default set never runs, and the set stays empty."""
import itertools

_visits = itertools.count()


class Root:
    # heaplint-todo: TrackingMixin, a cooperative mixin of the module, binds `setup` again; the base does not hand on to it, and heaplint does not reach its store (heaplint: unknown)
    def dispatch(self, path, seen=set()):  # expect: HL101 refuted
        self.path = path
        self.setup(seen)
        return f"{self.view_name} {path}"

    def setup(self, seen):
        pass


class BaseView(Root):
    def setup(self, seen):
        self.view_name = type(self).__name__.lower()
        self.ready = True


class TrackingMixin(Root):
    def setup(self, seen):
        seen.add(self.path)
        super().setup(seen)


class PageView(BaseView, TrackingMixin):
    template = "page.html"


def scenario():
    n = next(_visits)
    return PageView().dispatch(f"/pages/{n}/about-us")
