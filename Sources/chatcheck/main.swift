import ChatCheckCLI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// Before any input is read: no core file can hold the answers, and a
// file-size limit cannot kill a save.
ProcessSetup.apply()
exit(ChatCheckMain.run(Array(CommandLine.arguments.dropFirst())))
