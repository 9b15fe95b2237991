import Catalogue
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import Pipeline

/// The HTTP API and the page:
/// - `GET /`, `/app.js`, `/style.css`, `/palette.css` — the page;
/// - `GET /api/config` — what the page needs before it starts (is a token needed, the limits);
/// - `POST /api/login` — the page's token, kept in an HttpOnly cookie;
/// - `POST /api/jobs` — multipart, field `files` (many), optional `year`, and optional `afterCheck=ask` (stop after
///   the check when something needs the user: status `checked`) → 202 `{"id": …}`;
/// - `GET /api/jobs/{id}` — status, progress, what `check` says of the files, summary (or the region's, when the
///   files were municipalities' workbooks); `DELETE` removes the job now;
/// - `POST /api/jobs/{id}/build` — builds a `checked` job's workbook as it is;
/// - `GET /api/jobs/{id}/workbook` — the consolidated workbook (or the region's); `GET …/mapping` — the mapping
///   file; `GET …/cards` — the organisations' cards in one zip;
/// - `POST /api/jobs/{id}/mapping` — decisions (JSON from the page, or an edited mapping file) that run the job again.
struct Routes {
    let store: JobStore
    let assets: PageAssets
    let configuration: ServeConfiguration
    let catalogue: Catalogue

    func register(on router: Router<ServiceContext>) {
        for path in assets.byPath.keys.sorted() {
            router.get(RouterPath(stringLiteral: path)) { _, _ in self.asset(path) }
        }
        router.get("/api/config") { request, _ in self.config(request) }
        router.post("/api/login") { request, context in try await self.login(request, context) }
        router.post("/api/jobs") { request, context in try await self.createJob(request, context) }
        router.get("/api/jobs/:id") { _, context in try self.status(self.job(context)) }
        router.delete("/api/jobs/:id") { _, context in try self.delete(self.job(context)) }
        router.get("/api/jobs/:id/workbook") { _, context in try self.workbook(self.job(context)) }
        router.get("/api/jobs/:id/mapping") { _, context in try self.mappingFile(self.job(context)) }
        router.get("/api/jobs/:id/cards") { _, context in try self.cards(self.job(context)) }
        router.post("/api/jobs/:id/build") { _, context in try self.build(self.job(context)) }
        router.post("/api/jobs/:id/mapping") { request, context in
            try await self.decide(request, context, self.job(context))
        }
    }

    func asset(_ path: String) -> Response {
        let a = assets.byPath[path]!
        return Response(
            status: .ok, headers: [.contentType: a.contentType],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: a.body)))
    }

    func job(_ context: ServiceContext) throws -> Job {
        guard let id = context.parameters.get("id"), let job = store.job(id) else {
            throw APIError.notFound(
                "Задание не найдено: его нет или оно уже удалено (задания хранятся \(Int(configuration.jobLifetime / 60)) мин после окончания)."
            )
        }
        return job
    }

    // MARK: - Access

    struct ConfigAnswer: Encodable {
        var tokenRequired: Bool
        var authorised: Bool
        var maxUploadBytes: Int
        var maxFiles: Int
        var jobLifetimeMinutes: Int
    }

    func config(_ request: Request) -> Response {
        let authorised =
            configuration.token.map { t in
                AccessMiddleware.presentedToken(request).map { AccessMiddleware.constantTimeEquals($0, t) } ?? false
            } ?? true
        return JSON.response(
            ConfigAnswer(
                tokenRequired: configuration.token != nil, authorised: authorised,
                maxUploadBytes: configuration.maxUploadBytes, maxFiles: configuration.maxFilesPerJob,
                jobLifetimeMinutes: Int(configuration.jobLifetime / 60)))
    }

    struct LoginRequest: Decodable { var token: String }

    func login(_ request: Request, _ context: ServiceContext) async throws -> Response {
        guard let token = configuration.token else { return Response(status: .noContent) }
        let body: LoginRequest
        do { body = try await request.decode(as: LoginRequest.self, context: context) } catch {
            throw APIError(.badRequest, "Ожидается JSON вида {\"token\": \"…\"}.")
        }
        guard AccessMiddleware.constantTimeEquals(body.token, token) else {
            throw APIError(.forbidden, "Неверный ключ доступа.")
        }
        var response = Response(status: .noContent)
        response.setCookie(
            Cookie(
                name: AccessMiddleware.cookieName, value: Hex.encode(token), path: "/", httpOnly: true,
                sameSite: .strict))
        return response
    }

    // MARK: - Jobs

    struct Created: Encodable { var id: String }

    func createJob(_ request: Request, _ context: ServiceContext) async throws -> Response {
        guard let boundary = MultipartReceiver.boundary(contentType: request.headers[.contentType]) else {
            throw APIError(
                .unsupportedMediaType,
                "Ожидается multipart/form-data: файлы в поле «files», год — в поле «year» (по желанию).")
        }
        if let length = request.headers[.contentLength].flatMap(Int.init), length > configuration.maxUploadBytes {
            throw APIError.tooLarge(configuration.maxUploadBytes)
        }
        let job: Job
        do { job = try store.create() } catch JobStoreError.busy {
            throw APIError(
                .serviceUnavailable,
                "Сервер занят: заданий слишком много (\(configuration.maxJobs)). Попробуйте через несколько минут.")
        }
        do {
            let receiver = try await receive(
                request, boundary: boundary, into: job.filesFolder, fields: ["files"],
                maxFiles: configuration.maxFilesPerJob)
            guard !receiver.files.isEmpty else {
                throw APIError(.badRequest, "Не выбрано ни одного файла: добавьте формы организаций (поле «files»).")
            }
            var year: Int?
            if let text = receiver.fields["year"]?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty {
                guard let y = Int(text), (2000...2100).contains(y) else {
                    throw APIError(
                        .badRequest, "Отчётный год «\(text.prefix(20))» не понят: укажите год числом, например 2024.")
                }
                year = y
            }
            job.setInputs(receiver.files, year: year)
            job.askAfterCheck = receiver.fields["afterCheck"]?.trimmingCharacters(in: .whitespacesAndNewlines) == "ask"
        } catch {
            store.discard(job)
            throw error
        }
        store.submit(job)
        return JSON.response(Created(id: job.id), status: .accepted, headers: [.location: "/api/jobs/\(job.id)"])
    }

    /// Streams a multipart body into `folder`, turning the receiver's errors into answers.
    func receive(
        _ request: Request, boundary: String, into folder: URL, fields: Set<String>, maxFiles: Int,
        taken: Set<String> = []
    ) async throws -> MultipartReceiver {
        let receiver = MultipartReceiver(
            boundary: boundary, folder: folder, fileFields: fields,
            limits: .init(maxBytes: configuration.maxUploadBytes, maxFiles: maxFiles), taken: taken)
        do {
            for try await chunk in request.body { try receiver.feed(chunk.readableBytesView) }
            try receiver.finish()
        } catch let e as UploadError {
            switch e {
            case .tooLarge(let limit): throw APIError.tooLarge(limit)
            case .tooManyFiles(let limit): throw APIError.tooManyFiles(limit)
            case .malformed(let why): throw APIError(.badRequest, "Неверный запрос multipart: \(why).")
            case .storage(let why): throw APIError(.internalServerError, "Не удалось сохранить загрузку: \(why).")
            }
        }
        return receiver
    }

    struct StatusAnswer: Encodable {
        var id: String
        var status: JobStatus
        var progress: JobProgress
        var runs: Int
        var error: String?
        /// `municipal` (forms → the municipality's workbook) or `regional` (municipalities' workbooks → the region's).
        var kind: String?
        var workbook: String?
        var mapping: String?
        var cards: String?
        /// With status `checked`: where to ask for the workbook as it is.
        var build: String?
        var check: CheckView?
        var summary: JobSummary?
        var regional: RegionalSummary?
    }

    func status(_ job: Job) throws -> Response {
        var progress = job.progress
        let status = job.status
        if status == .queued { progress.queuePosition = store.position(of: job) }
        let finished = status == .done || status == .failed
        let done = status == .done
        let regional = finished ? job.regional : nil
        let municipal = done && regional == nil
        return JSON.response(
            StatusAnswer(
                id: job.id, status: status, progress: progress, runs: job.runs, error: finished ? job.error : nil,
                kind: done ? (regional == nil ? "municipal" : "regional") : nil,
                workbook: done ? "/api/jobs/\(job.id)/workbook" : nil,
                mapping: municipal ? "/api/jobs/\(job.id)/mapping" : nil,
                cards: municipal ? "/api/jobs/\(job.id)/cards" : nil,
                build: status == .checked ? "/api/jobs/\(job.id)/build" : nil,
                check: status == .queued ? nil : job.check,
                summary: finished ? job.summary : nil, regional: regional),
            hiding: [job.filesFolder, job.folder])
    }

    func delete(_ job: Job) throws -> Response {
        guard job.status.settled else {
            throw APIError(.conflict, "Задание ещё выполняется; удалить его можно после окончания.")
        }
        store.remove(job)
        return Response(status: .noContent)
    }

    func workbook(_ job: Job) throws -> Response {
        job.regional == nil
            ? try download(job, job.workbookURL, name: "svod", russian: "свод")
            : try download(job, job.workbookURL, name: "svod_regiona", russian: "свод_региона")
    }

    /// The workbook of a `checked` job, as it is: the run goes on from its check.
    func build(_ job: Job) throws -> Response {
        guard job.status == .checked, job.claimForRerun() else {
            throw APIError(
                .conflict,
                job.status.settled
                    ? "Свод уже собран или не собран по другой причине; загрузите файлы снова."
                    : "Задание ещё выполняется.")
        }
        store.submit(job)
        return JSON.response(Created(id: job.id), status: .accepted, headers: [.location: "/api/jobs/\(job.id)"])
    }

    func mappingFile(_ job: Job) throws -> Response {
        try download(job, job.mappingURL, name: "sopostavlenie", russian: "сопоставление")
    }

    func cards(_ job: Job) throws -> Response {
        try download(job, job.cardsURL, name: "kartochki", russian: "карточки", zip: true)
    }

    func download(_ job: Job, _ url: URL, name: String, russian: String, zip: Bool = false) throws -> Response {
        switch job.status {
        case .queued, .running: throw APIError(.conflict, "Свод ещё не готов: задание выполняется.")
        case .checked: throw APIError(.conflict, "Свод ещё не собран: файлы проверены и ждут решения пользователя.")
        case .failed: throw APIError(.conflict, "Задание завершилось без свода: \(job.error ?? "ошибка").")
        case .done: break
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw APIError.notFound("Файл задания не найден.")
        }
        let year = (job.summary?.year ?? job.regional?.year).map { "_\($0)" } ?? ""
        let ext = zip ? "zip" : "xlsx"
        let ascii = "\(name)\(year).\(ext)", utf8 = "\(russian)\(year).\(ext)"
        let encoded =
            utf8.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "._-")))
            ?? ascii
        return Response(
            status: .ok,
            headers: [
                .contentType: zip
                    ? "application/zip" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                .contentDisposition: "attachment; filename=\"\(ascii)\"; filename*=UTF-8''\(encoded)"
            ], body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    // MARK: - Decisions

    struct DecisionsRequest: Decodable {
        struct Item: Decodable {
            var wording: String
            var criterion: String?
            var ignore: Bool?
        }
        /// A form's organisation: the file's stored name, its sheet, the organisation typed.
        struct FormItem: Decodable {
            var file: String
            var sheet: String?
            var organisation: String
        }
        var decisions: [Item]?
        var forms: [FormItem]?
    }

    /// Decisions as mapping files (multipart field «mapping»): each must be one, or none is kept.
    func decideByMappingFile(_ request: Request, boundary: String, _ job: Job) async throws {
        let taken = Set(job.uploads.map { $0.storedName.lowercased() } + job.mappingFiles.map { $0.lowercased() })
        let receiver = try await receive(
            request, boundary: boundary, into: job.filesFolder, fields: ["mapping", "files"], maxFiles: 5,
            taken: taken)
        guard !receiver.files.isEmpty else {
            throw APIError(.badRequest, "Не выбран файл сопоставления (поле «mapping»).")
        }
        for f in receiver.files {
            let found = InputClassification.of(
                [f.storedName], folder: job.filesFolder, classifier: store.runner.classifier(job)
            ).mappings
            guard let m = found[f.storedName], m.error == nil else {
                for g in receiver.files {
                    try? FileManager.default.removeItem(at: job.filesFolder.appendingPathComponent(g.storedName))
                }
                throw APIError(
                    .badRequest,
                    found[f.storedName]?.error.map { "Файл «\(f.clientName)»: \($0)." }
                        ?? "Файл «\(f.clientName)» — не файл сопоставления: нужен лист «Сопоставление» со столбцами «Формулировка», «Критерий», «Статус»."
                )
            }
        }
        for f in receiver.files { job.addMappingFile(f.storedName) }
    }

    /// Decisions as JSON: wordings → criteria (or «не учитывать») and forms → organisations, each checked.
    func decideByJSON(_ request: Request, _ context: ServiceContext, _ job: Job) async throws {
        let body: DecisionsRequest
        do { body = try await request.decode(as: DecisionsRequest.self, context: context) } catch {
            throw APIError(
                .badRequest,
                "Ожидается JSON вида {\"decisions\": [{\"wording\": \"…\", \"criterion\": \"идентификатор\"}]}.")
        }
        let items = body.decisions ?? [], forms = body.forms ?? []
        guard items.count + forms.count <= 5000 else {
            throw APIError(.contentTooLarge, "Слишком много решений в одном запросе.")
        }
        guard items.count + forms.count > 0 else { throw APIError(.badRequest, "Нет ни одного решения.") }
        let stored = Set(job.uploads.map(\.storedName))
        var named: [PageFormDecision] = []
        for f in forms {
            let organisation = f.organisation.trimmingCharacters(in: .whitespacesAndNewlines)
            guard stored.contains(f.file) else {
                throw APIError(.badRequest, "Файла «\(f.file.prefix(200))» нет в задании.")
            }
            guard !organisation.isEmpty, organisation.count <= 500 else {
                throw APIError(
                    .badRequest,
                    "Для формы «\(f.file.prefix(200))» не указана организация (или наименование длиннее 500 знаков)."
                )
            }
            named.append(PageFormDecision(file: f.file, sheet: f.sheet ?? "", organisation: organisation))
        }
        var out: [PageDecision] = []
        for d in items {
            let wording = d.wording.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !wording.isEmpty, wording.count <= 2000 else {
                throw APIError(.badRequest, "Пустая или слишком длинная формулировка в решениях.")
            }
            if d.ignore == true {
                out.append(PageDecision(wording: wording, criterion: nil, ignore: true))
            } else if let c = d.criterion, !c.isEmpty {
                guard catalogue.criterion(c) != nil else {
                    throw APIError(.badRequest, "Критерий «\(c.prefix(80))» не найден в каталоге.")
                }
                out.append(PageDecision(wording: wording, criterion: c, ignore: false))
            } else {
                throw APIError(.badRequest, "Для формулировки «\(wording.prefix(80))» не выбран критерий.")
            }
        }
        job.addDecisions(out)
        job.addFormDecisions(named)
    }

    func decide(_ request: Request, _ context: ServiceContext, _ job: Job) async throws -> Response {
        guard job.status.settled else {
            throw APIError(.conflict, "Задание ещё выполняется; решения можно отправить после окончания.")
        }
        let type = request.headers[.contentType]?.lowercased() ?? ""
        if let boundary = MultipartReceiver.boundary(contentType: request.headers[.contentType]) {
            try await decideByMappingFile(request, boundary: boundary, job)
        } else if type.hasPrefix("application/json") {
            try await decideByJSON(request, context, job)
        } else {
            throw APIError(
                .unsupportedMediaType,
                "Ожидается JSON с решениями или multipart с файлом сопоставления (поле «mapping»).")
        }
        guard job.claimForRerun() else {
            throw APIError(
                .conflict,
                "Задание уже выполняется с другими решениями; эти будут учтены в нём или в следующем запуске.")
        }
        store.submit(job)
        return JSON.response(Created(id: job.id), status: .accepted, headers: [.location: "/api/jobs/\(job.id)"])
    }
}
