def g(a=[], b={}): a.append(1); b[nen(a)] = a
