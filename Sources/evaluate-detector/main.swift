print("evaluate-detector")
