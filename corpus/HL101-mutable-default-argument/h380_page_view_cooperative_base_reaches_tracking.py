"""Page views: `Root.dispatch()` takes `seen=set()` and runs the `setup(seen)`
chain. `PageView` lists `TrackingMixin` after `BaseView`, but BaseView.setup()
hands on with `super().setup()`, so the mixin still runs and adds every
visited path to the default set."""
import itertools

_visits = itertools.count()


class Root:
    # heaplint-todo: the base's `super().setup()` hands on to TrackingMixin listed after it; heaplint does not reach the mixin's store on every way (heaplint: unknown)
    def dispatch(self, path, seen=set()):  # expect: HL101 confirmed
        self.path = path
        self.setup(seen)
        return f"{self.view_name} {path}"

    def setup(self, seen):
        pass


class BaseView(Root):
    def setup(self, seen):
        self.view_name = type(self).__name__.lower()
        super().setup(seen)


class TrackingMixin(Root):
    def setup(self, seen):
        seen.add(self.path)
        super().setup(seen)


class PageView(BaseView, TrackingMixin):
    template = "page.html"


def scenario():
    n = next(_visits)
    return PageView().dispatch(f"/pages/{n}/about-us")
