class C:
	def m(self, x, acc=[]): \
		acc.append(x); return acc
	n = 1
