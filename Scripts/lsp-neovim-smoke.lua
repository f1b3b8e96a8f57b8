-- Headless Neovim (0.7.2 or later) as the client of `steady lsp`: the API of Neovim 0.7
-- (`vim.lsp.start_client`, push diagnostics, UTF-16). Scripts/lsp-neovim-smoke runs it;
-- STEADY_BINARY names the server and STEADY_SMOKE_FOLDER an empty folder for the journal.
local steady = os.getenv('STEADY_BINARY')
local folder = os.getenv('STEADY_SMOKE_FOLDER')

local function fail(message)
  io.stderr:write('neovim smoke: FAILED: ' .. message .. '\n')
  vim.cmd('cquit 1')
end

local exit_code = nil
local client_id = vim.lsp.start_client({
  name = 'steady',
  cmd = { steady, 'lsp' },
  root_dir = folder,
  on_exit = function(code) exit_code = code end,
})
if not client_id then fail('the client did not start') end

local buffer = vim.api.nvim_create_buf(true, false)
-- An unsaved day file: the buffer is named but never written.
vim.api.nvim_buf_set_name(buffer, folder .. '/2026-11-06.md')
vim.api.nvim_buf_set_option(buffer, 'filetype', 'markdown')
vim.api.nvim_buf_set_lines(buffer, 0, -1, false, { '# 2026-11-06', '', '## 21:40', '😀 He is going to leave me.' })
vim.api.nvim_set_current_buf(buffer)
vim.lsp.buf_attach_client(buffer, client_id)

local started = vim.loop.hrtime()
local found = vim.wait(15000, function() return #vim.diagnostic.get(buffer) > 0 end, 5)
if not found then fail('no diagnostics within 15 s') end
local diagnostic = vim.diagnostic.get(buffer)[1]
print(string.format('neovim smoke: diagnostics after %.1f ms', (vim.loop.hrtime() - started) / 1e6))
local code = diagnostic.code or (diagnostic.user_data and diagnostic.user_data.lsp and diagnostic.user_data.lsp.code)
if code ~= 'unsupported-catastrophizing' then fail('expected unsupported-catastrophizing, got ' .. tostring(code)) end
-- Neovim keeps byte columns: the emoji (4 bytes) and a space come before the thought.
if diagnostic.lnum ~= 3 or diagnostic.col ~= 5 then
  fail(string.format('diagnostic at %d:%d, expected 3:5', diagnostic.lnum, diagnostic.col))
end

local position = { textDocument = { uri = vim.uri_from_bufnr(buffer) }, position = { line = 3, character = 5 } }
local hover = vim.lsp.buf_request_sync(buffer, 'textDocument/hover', position, 10000)
local hover_text = hover and hover[client_id] and hover[client_id].result and hover[client_id].result.contents.value or ''
if not hover_text:find('What evidence supports this thought?', 1, true) then fail('the hover has no cross-examination questions') end

-- Evidence written: the finding clears.
vim.api.nvim_buf_set_lines(buffer, -1, -1, false, { '', 'evidence:', '- for: he was quiet', '- against: he said he loves me' })
if not vim.wait(15000, function() return #vim.diagnostic.get(buffer) == 0 end, 5) then fail('the finding did not clear after an edit') end

vim.lsp.get_client_by_id(client_id).stop()
if not vim.wait(10000, function() return exit_code ~= nil end, 10) then fail('the server did not exit') end
if exit_code ~= 0 then fail('the server exited with ' .. tostring(exit_code)) end
print('neovim smoke: passed')
vim.cmd('qall!')
