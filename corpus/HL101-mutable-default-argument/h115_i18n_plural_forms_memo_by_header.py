"""PO catalog upload: the `Plural-Forms` header is compiled with
`gettext.c2py` and memoised in a dict default. The memo is keyed by the whole
header block, which also carries the upload's project version and revision
date, so every uploaded catalog adds a compiled plural function."""
import gettext
import itertools
import re

_uploads = itertools.count()
_PLURAL_FORMS = re.compile(r"^Plural-Forms:\s*nplurals=\d+;\s*plural=(.+?);?\s*$", re.M)
RULES = {"de": "(n != 1)", "fr": "(n > 1)", "ja": "0", "pl": "(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2)"}
FORMS = {"de": ["{n} Datei", "{n} Dateien"], "fr": ["{n} fichier", "{n} fichiers"],
         "ja": ["{n} 個のファイル"], "pl": ["{n} plik", "{n} pliki", "{n} plików"]}


def plural_function(header, _compiled={}):  # expect: HL101 confirmed
    if header in _compiled:
        return _compiled[header]
    match = _PLURAL_FORMS.search(header)
    if match is None:
        return _compiled.setdefault(header, lambda n: int(n != 1))
    return _compiled.setdefault(header, gettext.c2py(match.group(1)))


def po_header(lang, upload):
    return (f"Project-Id-Version: shop 3.{upload}\n"
            f"PO-Revision-Date: 2024-06-{upload % 28 + 1:02d} 09:{upload % 60:02d}+0000\n"
            f"Language: {lang}\nPlural-Forms: nplurals={len(FORMS[lang])}; plural={RULES[lang]};\n")


def scenario():
    n = next(_uploads)
    lang = ("de", "fr", "ja", "pl")[n % 4]
    header = po_header(lang, n)
    return [FORMS[lang][plural_function(header)(count)].format(n=count) for count in (1, 3, n + 5)]
