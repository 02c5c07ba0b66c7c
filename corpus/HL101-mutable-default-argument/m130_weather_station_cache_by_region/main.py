"""Weather widget: each call reports the current reading for one new city.

main -> m130_wx_app.report -> m130_wx_service.current -> station_for (from
m130_wx_lookup, through `import *`; its `cache` default is the shared dict)
-> m130_wx_resolver.resolve -> m130_wx_store.put, with the key chosen by
m130_wx_keys.cache_key.
"""
import itertools

import m130_wx_app as app

_towns = itertools.count(1)


def scenario():
    n = next(_towns)
    return app.report(f"town-{n:06d}", n)
