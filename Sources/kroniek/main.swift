import KroniekCLI

await Kroniek.main()
