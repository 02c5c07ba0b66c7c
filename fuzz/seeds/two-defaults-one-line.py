def g(a=[], b={}): a.append(1); b[len(a)] = a
