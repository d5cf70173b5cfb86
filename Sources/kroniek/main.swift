import KroniekCLI

await Kroniek.launch()
