from events import document_saved

BATCH_SIZE = 8
_indexed = 0


def bulk_index(entries):
    global _indexed
    _indexed += sum(1 for pk, title in entries if title)
    return _indexed


@document_saved.connect
def reindex(sender, document, pending=[]):  # expect: HL101 refuted
    pending.append((document.pk, document.title.lower()))
    if len(pending) >= BATCH_SIZE:
        bulk_index(pending)
        pending.clear()
    return len(pending)
