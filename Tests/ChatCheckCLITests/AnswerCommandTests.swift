import Foundation
import Testing
import ChatCheckTestSupport

@Suite("chatcheck answer (black box)")
struct AnswerCommandTests {
  let valid = Binary.fixtures.appendingPathComponent("valid").path

  @Test func factOnlyJSONHasTheDocumentedShape() throws {
    let run = try Binary.run(["answer", "--fact", "payment.demanded", "--format", "json", "--lang", "de", "--region", "DE"])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stderr.isEmpty)
    let object = try Binary.json(run.stdout)
    #expect(object["schema"] as? String == "chatcheck/result@2")
    #expect(object["reader"] as? String == "self")
    #expect(object["language"] as? String == "de")
    #expect(object["region"] as? String == "DE")
    #expect((object["answers"] as? [Any])?.isEmpty == true)
    #expect(object["facts"] as? [String] == ["payment.demanded"])
    let advice = object["advice"] as! [[String: Any]]
    #expect(advice.contains { $0["topic"] as? String == "do-not-pay" })
    let summary = object["summary"] as! [[String: String]]
    #expect((1...3).contains(summary.count))
    #expect(summary.allSatisfy { item in advice.contains { $0["id"] as? String == item["card"] } })
    let order = ["emergency", "crisis", "urgent", "standard", "info"]
    let ranks = advice.map { order.firstIndex(of: $0["priority"] as! String)! }
    #expect(ranks == ranks.sorted())
    for card in advice {
      for resource in card["resources"] as! [[String: Any]] {
        // Optional fields are omitted, never empty: strings and lists alike.
        for (key, value) in resource where key != "channels" && key != "verified" {
          if let list = value as? [String] { #expect(!list.isEmpty && list.allSatisfy { $0.count == 2 }, "\(key)") } else {
            #expect((value as? String)?.isEmpty == false, "\(key)")
          }
        }
        #expect(resource["source"] != nil && resource["checked"] != nil)
        let channels = resource["channels"] as! [[String: String]]
        #expect(!channels.isEmpty && channels.allSatisfy { !($0["value"] ?? "").isEmpty })
        #expect(["young", "adult", "all"].contains(resource["ages"] as? String ?? ""))
      }
    }
  }

  @Test func answersFromFlagsAndFileAgree() throws {
    let flags = try Binary.run([
      "answer", "--content", valid, "--answer", "contact=stranger", "--answer", "happened=webcam,money",
      "--answer", "feeling=ok", "--format", "json", "--lang", "en", "--region", "DE",
    ])
    let file = try Binary.temporaryFile("contact: stranger\nhappened: [webcam, money]\nfeeling: ok\n")
    let fromFile = try Binary.run(["answer", "--content", valid, "--answers", file.path, "--format", "json", "--lang", "en", "--region", "DE"])
    let fromStdin = try Binary.run(
      ["answer", "--content", valid, "--answers", "-", "--format", "json", "--lang", "en", "--region", "DE"],
      stdin: #"{"contact": "stranger", "happened": ["webcam", "money"], "feeling": "ok"}"#)
    #expect(flags.status == 0 && fromFile.status == 0 && fromStdin.status == 0, "\(flags.stderr)\(fromFile.stderr)\(fromStdin.stderr)")
    #expect(flags.stdout == fromFile.stdout)
    #expect(flags.stdout == fromStdin.stdout)
    let topics = (try Binary.json(flags.stdout)["advice"] as! [[String: Any]]).map { $0["topic"] as! String }
    #expect(topics == ["do-not-pay", "prevention-webcam", "block-and-report", "warning-signs"])
  }

  @Test func textAndMarkdownFormats() throws {
    let text = try Binary.run(["answer", "--content", valid, "--fact", "images.exist", "--lang", "de", "--region", "DE"])
    #expect(text.status == 0)
    #expect(text.stdout.hasPrefix("Deine nächsten Schritte\n"))
    #expect(text.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 })
    let md = try Binary.run(["answer", "--content", valid, "--fact", "payment.demanded", "--format", "markdown", "--lang", "en", "--region", "DE"])
    #expect(md.stdout.contains("- [ ] Send no money."))
  }

  /// Every kind of bad input has its exit code, a
  /// `chatcheck: error:` line on stderr and nothing on stdout.
  @Test(arguments: [
    (["answer", "--bogus"], Int32(64), "chatcheck: error: Unknown option '--bogus'"),
    (["answer", "--fact", "payment.demand"], 64, "chatcheck: error: --fact payment.demand: unknown fact (did you mean 'payment.demanded'?)"),
    (["answer", "--answer", "contakt=stranger"], 64, "chatcheck: error: --answer 'contakt=stranger': unknown question 'contakt' (did you mean 'contact'?)"),
    (["answer", "--answer", "contact=alien"], 64, "chatcheck: error: --answer 'contact=alien': question 'contact' has no option 'alien'; valid options: stranger, known"),
    (["answer", "--answer", "contact=stranger"], 65, "chatcheck: error: question 'happened' has no answer (after contact=stranger); valid options: webcam, recorded, money"),
    (["answer", "--answer", "contact=stranger", "--answer", "contact=known"], 65, "is answered twice"),
    (["answer", "--answers", "/nonexistent/answers.yaml"], 66, "chatcheck: error: /nonexistent/answers.yaml: no such file or folder"),
    (["answer", "--lang", "fr", "--fact", "images.exist"], 64, "chatcheck: error: unsupported language 'fr'; use one of: de, en"),
    (["answer", "--region", "FR", "--fact", "images.exist"], 64, "chatcheck: error: unsupported region 'FR'"),
    (["answer", "--format", "pdf"], 64, "chatcheck: error: The value 'pdf' is invalid for '--format"),
    (["lint", "--content", "/nonexistent"], 66, "chatcheck: error: --content /nonexistent: no such folder"),
  ])
  func badInputExitsWithTheDocumentedCode(arguments: [String], status: Int32, message: String) throws {
    let needsContent = !arguments.contains("--content")
    let run = try Binary.run(arguments + (needsContent ? ["--content", valid] : []))
    #expect(run.status == status, "\(run.stderr)")
    #expect(run.stderr.contains(message), "\(run.stderr)")
    #expect(run.stdout.isEmpty)
    #expect(run.stderr.split(separator: "\n").allSatisfy { $0.hasPrefix("chatcheck: error: ") })
  }

  @Test func malformedAnswersFileIsALocatedDataError() throws {
    let file = try Binary.temporaryFile("contact: stranger\nhappened: [webcam\n")
    let run = try Binary.run(["answer", "--content", valid, "--answers", file.path])
    #expect(run.status == 65)
    #expect(run.stderr.hasPrefix("chatcheck: error: \(file.path):2:18: YAML syntax"), "\(run.stderr)")
  }

  @Test func brokenContentStopsEveryCommandWithLocatedErrors() throws {
    let folder = try BrokenFixture.named("dangling-next").write()
    defer { try? FileManager.default.removeItem(at: folder) }
    let broken = folder.path
    for command in [["answer", "--fact", "images.exist"], ["graph"], ["paths"]] {
      let run = try Binary.run(command + ["--content", broken])
      #expect(run.status == 65)
      #expect(run.stderr.contains("chatcheck: error: \(broken)/questions.yaml:12:15: next: no question 'happend'"), "\(run.stderr)")
      #expect(run.stdout.isEmpty)
    }
  }

  @Test func languageAndRegionFollowTheLocale() throws {
    let run = try Binary.run(
      ["answer", "--content", valid, "--fact", "images.exist", "--format", "json"],
      environment: ["LANG": "de_DE.UTF-8"])
    let object = try Binary.json(run.stdout)
    #expect(object["language"] as? String == "de")
    #expect(object["region"] as? String == "DE")
    let other = try Binary.run(
      ["answer", "--content", valid, "--fact", "images.exist", "--format", "json"],
      environment: ["LC_ALL": "en_GB.UTF-8", "LANG": "de_DE.UTF-8"])
    let otherObject = try Binary.json(other.stdout)
    #expect(otherObject["language"] as? String == "en")
    #expect(otherObject["region"] as? String == "INT")  // GB is not a region of the fixture
  }

  @Test func worksFromAnyDirectoryWithTheEmbeddedContent() throws {
    let run = try Binary.run(
      ["answer", "--fact", "payment.demanded", "--format", "json", "--region", "DE"],
      directory: FileManager.default.temporaryDirectory)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains("\"do-not-pay\""))
  }
}
