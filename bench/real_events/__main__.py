from bench.real_events import main

main()
