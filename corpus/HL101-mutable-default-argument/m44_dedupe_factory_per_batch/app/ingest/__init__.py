from .batch import load_batch
