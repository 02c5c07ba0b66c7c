from minidb import Model


class Author(Model):
    rows = (
        {"name": "Le Guin", "born": 1929},
        {"name": "Herbert", "born": 1920},
        {"name": "Butler", "born": 1947},
    )

    @classmethod
    def named(cls, name):
        found = cls.objects().filter(name=name).all()
        return found[0] if found else None


class Book(Model):
    rows = (
        {"title": "Dune", "author": "Herbert", "year": 1965},
        {"title": "Dune Messiah", "author": "Herbert", "year": 1969},
        {"title": "The Dispossessed", "author": "Le Guin", "year": 1974},
        {"title": "A Wizard of Earthsea", "author": "Le Guin", "year": 1968},
        {"title": "Kindred", "author": "Butler", "year": 1979},
    )

    @classmethod
    def by_author(cls, author, limit=3):
        return cls.objects().filter(author=author).order_by("year").limit(limit).all()
