from .dispatch import Signal

document_saved = Signal("document_saved")
