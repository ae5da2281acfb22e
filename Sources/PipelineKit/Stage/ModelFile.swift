import Foundation

/// Reading and writing the JSON model files that stages ship as resources or train with
/// `pipe train`: the file itself, the bundled copy, and weights stored as 16-bit integers.
public enum ModelFile {
    /// Reads the JSON file at `path` and hands it to `decode`.
    /// - Parameter kind: what the file holds, for messages ("stance model").
    /// - Throws: ``StageError`` naming the file when it cannot be read, is not JSON or `decode` rejects it.
    public static func load<Model>(path: String, kind: String, decode: (JSONValue) throws -> Model) throws -> Model {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw StageError("cannot read \(kind) '\(path)'")
        }
        do {
            return try decode(JSONParser.parse(data))
        } catch let error as StageError {
            throw StageError("\(kind) '\(path)': \(error.message)")
        } catch {
            throw StageError("\(kind) '\(path)' is not valid JSON: \(error)")
        }
    }

    /// The path of the JSON resource `name` in `bundle` (under `Resources/` or at its top).
    /// - Throws: ``StageError`` saying that the bundled `kind` is missing from `module`'s resources.
    public static func bundledPath(_ name: String, in bundle: Bundle, kind: String, module: String) throws -> String {
        guard let url = bundle.url(forResource: name, withExtension: "json", subdirectory: "Resources")
            ?? bundle.url(forResource: name, withExtension: "json")
        else {
            throw StageError("the bundled \(kind) is missing from the \(module) resources")
        }
        return url.path
    }

    /// Weights as little-endian 16-bit integers times one scale (the largest magnitude maps to
    /// 32767), the integers in base64.
    public static func quantized(_ weights: [Float]) -> (scale: Float, base64: String) {
        let largest = weights.reduce(Float(0)) { max($0, abs($1)) }
        let scale = largest > 0 ? largest / 32767 : 1
        var data = Data(count: weights.count * 2)
        data.withUnsafeMutableBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            for (k, w) in weights.enumerated() {
                let q = UInt16(bitPattern: Int16(max(-32767, min(32767, (w / scale).rounded()))))
                bytes[2 * k] = UInt8(q & 0xFF)
                bytes[2 * k + 1] = UInt8(q >> 8)
            }
        }
        return (scale, data.base64EncodedString())
    }

    /// The weights of ``quantized(_:)`` back from the decoded bytes and the scale: one per two bytes.
    public static func dequantized(_ data: Data, scale: Double) -> [Float] {
        var weights = [Float](repeating: 0, count: data.count / 2)
        data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            for k in weights.indices {
                let q = Int16(bitPattern: UInt16(bytes[2 * k]) | UInt16(bytes[2 * k + 1]) << 8)
                weights[k] = Float(q) * Float(scale)
            }
        }
        return weights
    }
}
