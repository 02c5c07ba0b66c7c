"""formatter: translate and interpolate messages for one request."""


class Formatter:
    def __init__(self, catalogs, locale, tenant=None, overrides={}):  # expect: HL101 refuted
        # `catalogs` is any module with load_catalog() (the i18n package in production).
        self.locale = locale
        self.catalog = catalogs.load_catalog(locale, tenant, overrides)

    def __call__(self, msgid, **params):
        return self.catalog.get(msgid, msgid).format(**params)
