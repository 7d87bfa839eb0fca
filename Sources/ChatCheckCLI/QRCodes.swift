import CNcursesw
import ChatCheckUI

/// QR codes through libqrencode, loaded at run time so that building needs
/// nothing beyond libncurses-dev.
enum QRCodes {
  static let encoder = QREncoder { text in
    var modules = [UInt8](repeating: 0, count: 177 * 177)
    let width = modules.withUnsafeMutableBufferPointer { buffer in
      shim_qr_encode(text, buffer.baseAddress, Int32(buffer.count))
    }
    guard width > 0 else { return nil }
    let count = Int(width) * Int(width)
    return QRMatrix(size: Int(width), modules: modules[0..<count].map { $0 != 0 })
  }
}
