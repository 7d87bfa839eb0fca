import ChatCheckCLI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

exit(ChatCheckMain.run(Array(CommandLine.arguments.dropFirst())))
