def index_doc(text, sink=[]):  # expect: HL101 confirmed
    """Tokenize one document and add its postings to `sink`."""
    words = text.lower().split()
    sink.extend((word, position) for position, word in enumerate(words))
    return len(words)
