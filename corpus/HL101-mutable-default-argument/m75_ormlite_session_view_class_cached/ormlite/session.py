"""session: one request's view of the table store."""
_views = {}  # (model, columns) -> view subclass, built once per distinct projection


def view_of(model, columns):
    if (model, columns) not in _views:
        _views[model, columns] = type(model.__name__ + "View", (model,), {"columns": columns})
    return _views[model, columns]


class Session:
    def __init__(self, store):
        self.store = store  # table name -> list of row dicts

    def _row(self, table, pk):
        return next(row for row in self.store[table] if row["id"] == pk)

    def get(self, model, pk):
        return model(**self._row(model.table, pk))

    def related(self, obj, table):
        """Follow a foreign key by table name; the target model comes from the registry."""
        target = next(m for m in type(obj).registry if m.table == table and m.columns is None)
        return self.get(target, getattr(obj, table[:-1] + "_id"))

    def only(self, model, pk, *columns):
        """Load a partial object: a view subclass of `model` that keeps just `columns`."""
        return view_of(model, columns)(**self._row(model.table, pk))
