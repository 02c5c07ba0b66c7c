print("heaplint")
