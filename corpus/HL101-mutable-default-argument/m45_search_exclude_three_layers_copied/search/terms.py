def split_terms(words, exclude):
    exclude = list(exclude)
    include = []
    for word in words:
        if word.startswith("-"):
            exclude.append(word[1:])
        elif word not in exclude:
            include.append(word)
    return include, exclude
