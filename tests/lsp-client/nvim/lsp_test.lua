-- Headless Neovim (its built-in LSP client) against `narrativelint lsp`: open a draft, get an NL1 diagnostic,
-- type a new broken promise, see it appear. Run by run_nvim_test.sh; prints PASS or FAIL lines, exits non-zero on failure.
local dll = assert(os.getenv('NARRATIVELINT_CLI_DLL'), 'NARRATIVELINT_CLI_DLL is not set')
-- NARRATIVELINT_CLI names an executable (the native publish) to start as it is; else the DLL runs under dotnet.
local native = os.getenv('NARRATIVELINT_CLI')
local repo = assert(os.getenv('NARRATIVELINT_REPO'), 'NARRATIVELINT_REPO is not set')

local function say(line) io.stdout:write(line .. '\n') end

local function fail(message)
  say('FAIL ' .. message)
  vim.cmd('cquit 1')
end

local root = vim.fn.tempname()
vim.fn.mkdir(root .. '/drafts', 'p')
vim.fn.system({ 'cp', '-r', repo .. '/rules', root .. '/rules' })
local draft = root .. '/drafts/launch.md'
vim.fn.writefile({ '# Launch', '', 'We answer every support request within 72 hours.' }, draft)

vim.cmd('edit ' .. vim.fn.fnameescape(draft))
local buffer = vim.api.nvim_get_current_buf()
local client_id = vim.lsp.start_client({
  name = 'narrativelint',
  cmd = native and { native, 'lsp' } or { 'dotnet', dll, 'lsp' },
  root_dir = root,
  init_options = { registry = 'rules' },
  flags = { debounce_text_changes = 50 },
})
if not client_id then fail('the server did not start') end
vim.lsp.buf_attach_client(buffer, client_id)

local function code_of(d)
  return d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
end

local function find(predicate)
  for _, d in ipairs(vim.diagnostic.get(buffer)) do
    if predicate(d) then return d end
  end
end

local first = nil
vim.wait(60000, function()
  first = find(function(d) return (code_of(d) or ''):match('^NL1') ~= nil end)
  return first ~= nil
end, 50)
if not first then fail('no NL1 diagnostic on the opened draft') end
say(string.format('PASS opened: %s at %d:%d %s', code_of(first), first.lnum + 1, first.col + 1, first.message))

-- Typed as a writer would: a new line, in insert mode, through the buffer's own change events.
vim.cmd('normal! Go')
vim.cmd('normal! oWe may sell your customer data to advertisers.')
local typed = vim.api.nvim_buf_line_count(buffer) - 1
local second = nil
vim.wait(30000, function()
  second = find(function(d) return d.lnum == typed and (code_of(d) or ''):match('^NL1') ~= nil end)
  return second ~= nil
end, 50)
if not second then
  local seen = {}
  for _, d in ipairs(vim.diagnostic.get(buffer)) do table.insert(seen, string.format('%s@%d', code_of(d), d.lnum)) end
  fail('the typed promise got no NL1 diagnostic on line ' .. (typed + 1) .. '; seen: ' .. table.concat(seen, ', '))
end
say(string.format('PASS typed: %s at %d:%d %s', code_of(second), second.lnum + 1, second.col + 1, second.message))

if not find(function(d) return d.lnum == first.lnum and code_of(d) == code_of(first) end) then
  fail('the first finding went away after the edit')
end

vim.lsp.stop_client(client_id)
vim.wait(10000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50)
vim.fn.delete(root, 'rf')
say('PASS neovim')
vim.cmd('qall!')
