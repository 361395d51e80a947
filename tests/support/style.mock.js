// Stylesheets do nothing under jest.
module.exports = {}
