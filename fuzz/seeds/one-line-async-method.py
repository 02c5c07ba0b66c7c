class C:
    async def m(self, a=[]): a.append(1); return a  # note
